# modules: typing TypedDict, NamedTuple, Protocol with runtime_checkable, Generic and TypeVar, alias reprs and equality, get_origin/get_args, isinstance with unsubscripted aliases, NewType, get_type_hints
from typing import *
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(type(m), m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__, Movie.__annotations__, Movie.__mro__, type(Movie).__name__)
class P(TypedDict, total=False):
    a: int
print(sorted(P.__required_keys__), sorted(P.__optional_keys__), P(a=1))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
Point2 = TypedDict("Point2", {"x": int, "y": int})
print(Point2(x=1, y=2), Point2.__annotations__)
class E(NamedTuple):
    name: str
    id: int = 3
    def hello(self):
        return 'hi ' + self.name
e = E('a')
print(e, e.hello(), E._fields, E._field_defaults, E.__annotations__, E.__mro__, isinstance(e, tuple), e._replace(id=9), e._asdict())
E2 = NamedTuple('E2', [('x', int), ('y', float)])
print(E2(1, 2.0), E2.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class NotRT(Protocol):
    def x(self): ...
try:
    isinstance(F(), NotRT)
except TypeError as e:
    print(e)
try:
    Closable()
except TypeError as e:
    print(e)
class Impl(Closable):
    pass
print(type(Impl()).__name__, isinstance(Impl(), Closable))
@runtime_checkable
class HasArea(Protocol):
    area: float
    def describe(self) -> str: ...
class Sq:
    area = 4.0
    def describe(self):
        return "square"
print(isinstance(Sq(), HasArea), isinstance(F(), HasArea))
T = TypeVar('T')
K = TypeVar('K', bound=int)
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(3)
print(T, repr(K), Stack[int], type(s).__name__, s.items)
print(List[int], Optional[int], Union[int, str], Union[int, None], Dict[str, int], Callable[[int], str], Tuple[int, ...], Literal['a', 'b'], Any, Callable[..., int], Optional[List[int]], Union[int, Union[str, int]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_origin(int), get_args(Callable[[int], str]), get_args(Literal[1, 2]))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance(len, Callable))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
UserId = NewType('UserId', int)
print(UserId(5), UserId, cast(int, '3'), get_type_hints(Movie))
def f(a: int, b: 'str' = 'x') -> List[int]:
    pass
print(get_type_hints(f))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], Dict[str, T][int])
class MyList(List[int]):
    pass
print(MyList.__mro__, Annotated[int, "meta"], get_args(Annotated[int, "meta"]))
def process(items: Sequence[Union[int, float]], key: Optional[Callable[[int], int]] = None) -> Dict[str, Any]:
    return {"n": len(items)}
print(process([1, 2.5]), process.__annotations__["items"])
