# modules: dataclasses: slots=True (no __dict__), kw_only and KW_ONLY, InitVar and __post_init__, frozen errors, default_factory, order/eq/hash rules, asdict/astuple/replace/fields and their errors, the generated __init__'s argument errors
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar,
                         KW_ONLY, FrozenInstanceError, make_dataclass, MISSING)
from typing import ClassVar
from collections import namedtuple


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(slots=True)
class P:
    x: int = 0
    y: int = 0


p = P(1)
show("slots", lambda: P.__slots__)
show("has dict", lambda: hasattr(p, "__dict__"))
show("new attr", lambda: setattr(p, "z", 3))
show("repr", lambda: p)
show("eq", lambda: p == P(1, 0))
show("defaults kept", lambda: P())


@dataclass(kw_only=True)
class Cfg:
    host: str = "localhost"
    port: int


show("kw_only", lambda: Cfg(port=1))
show("kw_only positional", lambda: Cfg("x", port=1))
show("kw_only missing", lambda: Cfg())
show("match_args kw_only", lambda: Cfg.__match_args__)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


show("KW_ONLY", lambda: Mixed(1, c=3))
show("KW_ONLY match_args", lambda: Mixed.__match_args__)
show("KW_ONLY too many", lambda: Mixed(1, 2, 3))
show("KW_ONLY missing", lambda: Mixed())
show("fields", lambda: [(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass(frozen=True)
class F:
    x: int
    tags: list = field(default_factory=list)


f = F(1)
show("frozen set", lambda: setattr(f, "x", 2))
show("frozen del", lambda: delattr(f, "x"))
show("frozen new", lambda: setattr(f, "y", 2))
show("frozen is", lambda: issubclass(FrozenInstanceError, AttributeError))
show("frozen hash", lambda: hash(F(1, [])) if False else hash(F(1, ())) == hash((1, ())))
show("factory", lambda: (F(1).tags is F(1).tags, F(1).tags))
try:
    f.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 10
    total: int = field(init=False)
    log: ClassVar[list] = []

    def __post_init__(self, scale):
        self.total = self.a * scale
        WithInit.log.append(scale)


w = WithInit(3)
show("initvar", lambda: (w, w.total, WithInit(2, 5).total, WithInit.log))
show("initvar fields", lambda: [f.name for f in fields(w)])
show("initvar not attr", lambda: w.scale)
show("initvar replace", lambda: replace(w, a=4))
show("init=False replace", lambda: replace(w, total=1))
show("match_args initvar", lambda: WithInit.__match_args__)
show("initvar repr", lambda: InitVar[int])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


show("order", lambda: sorted([Version(1, 2, "b"), Version(1, 0), Version(0, 9)]))
show("order eq ignores", lambda: Version(1, 0, "x") == Version(1, 0, "y"))
show("order other", lambda: Version(1) < (1, 0))
show("unhashable", lambda: hash(Version(1)))
show("eq hash None", lambda: Version.__hash__)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


show("unsafe_hash", lambda: hash(H(1)) == hash((1,)))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2), Node(3, [Node(4)])], {"k": Node(5)})
show("asdict", lambda: asdict(tree))
show("astuple", lambda: astuple(tree))
Pt = namedtuple("Pt", "x y")


@dataclass
class Holder:
    pt: Pt
    pair: tuple


show("asdict namedtuple", lambda: asdict(Holder(Pt(1, 2), (Node(1), 2))))
show("asdict factory", lambda: asdict(Node(1), dict_factory=lambda items: sorted(items)))
show("asdict bad", lambda: asdict(3))
show("astuple bad", lambda: astuple(Node))
show("fields bad", lambda: fields(3))
show("replace", lambda: replace(Version(1, 2, "rc"), minor=3))
show("replace bad", lambda: replace(Version(1), patch=1))
show("is_dataclass", lambda: (is_dataclass(Node), is_dataclass(tree), is_dataclass(3)))
show("mutable default", lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})))
show("non-default after default", lambda: dataclass(type("Bad2", (), {"__annotations__": {"x": int, "y": int}, "x": 1})))
show("both defaults", lambda: field(default=1, default_factory=list))
show("order without eq", lambda: dataclass(order=True, eq=False)(type("Bad3", (), {})))
show("too many", lambda: Node(1, [], {}, 4))
show("missing", lambda: Node())
show("missing two", lambda: Version())
show("unexpected", lambda: Node(1, colour=2))
show("multiple", lambda: Node(1, value=2))
show("make_dataclass", lambda: make_dataclass("Pnt", [("x", int), ("y", int, field(default=5))])(1))


@dataclass(frozen=True)
class Base:
    a: int


def inherit():
    @dataclass
    class Child(Base):
        b: int
    return Child


show("frozen inherit", inherit)


@dataclass
class Parent:
    a: int
    b: int = 2


@dataclass
class Kid(Parent):
    c: int = 3
    a: int = 9


show("inherit", lambda: (Kid(), Kid(1, 2, 3), [f.name for f in fields(Kid)]))


@dataclass
class Own:
    a: int

    def __repr__(self):
        return "own"

    def __eq__(self, other):
        return True


show("own methods", lambda: (Own(1), Own(1) == 3, Own.__hash__))


@dataclass
class Rec:
    items: list = field(default_factory=list)


r = Rec()
r.items.append(r)
show("recursive repr", lambda: r)
match Version(2, 1):
    case Version(2, minor):
        print("match", minor)
show("Field repr keys", lambda: [x for x in repr(fields(Node)[0]).split(",") if "default=" not in x and "factory" not in x])
show("MISSING", lambda: MISSING is fields(Node)[0].default)


@dataclass
class Empty:
    pass


show("empty", lambda: (Empty(), Empty() == Empty(), fields(Empty)))
