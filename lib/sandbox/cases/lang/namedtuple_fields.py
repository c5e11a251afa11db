# namedtuple fields are read-only descriptors (3.11's "can't set attribute"), _make/_replace/field-name errors, rename, defaults, docs
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
for label, action in [
    ("set", lambda: setattr(p, "x", 5)),
    ("del", lambda: delattr(p, "x")),
    ("new attr", lambda: setattr(p, "z", 1)),
    ("replace bad", lambda: p._replace(z=3)),
    ("make short", lambda: P._make([1])),
    ("make long", lambda: P._make([1, 2, 3])),
    ("missing", lambda: P(1)),
    ("too many", lambda: P(1, 2, 3)),
    ("bad kw", lambda: P(1, 2, z=3)),
    ("bad name", lambda: namedtuple("Q", "a 1b")),
    ("keyword", lambda: namedtuple("Q", "a class")),
    ("underscore", lambda: namedtuple("Q", "a _b")),
    ("duplicate", lambda: namedtuple("Q", "a b a")),
    ("bad type name", lambda: namedtuple("1Q", "a")),
    ("too many defaults", lambda: namedtuple("Q", "a", defaults=(1, 2))),
]:
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(P._fields, p._replace(y=9), p._asdict(), P._make(iter([3, 4])), P._field_defaults)
print(P.x.__doc__, P.y.__doc__, type(P.x).__name__, P.__doc__)
R = namedtuple("R", ["a", "def", "a", "_c"], rename=True)
print(R._fields, R(1, 2, 3, 4))
D = namedtuple("D", "a b c", defaults=[2, 3])
print(D(1), D._field_defaults, D(1, c=9))
print(p.x, p[1], p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), len(p))
x, y = p
print(x + y, p._fields, P.__match_args__, P.__slots__)
match p:
    case P(x=1, y=yy):
        print("matched", yy)
class Q(namedtuple("QBase", "a b")):
    def total(self):
        return self.a + self.b
q = Q(2, 3)
print(q, q.total(), q._replace(a=10))
try:
    q.a = 1
except AttributeError as e:
    print("AttributeError:", e)
q.extra = 1
print(q.extra)
