# inspect.signature of builtin generics (list[int]) and typing forms; types.GenericAlias and | of aliases and unions
import inspect
import typing
from typing import Optional, List, Dict, Union, Callable
def f(a: list[int], b: dict[str, list[int]], c: Optional[int] = None, d: List[int] = (), e: "Foo" = 1, g: typing.Any = 2, h: int | None = None, i: tuple[int, ...] = (), j: Callable[[int], str] = None, k: Union[int, str] = 0) -> list[str]:
    pass
print(inspect.signature(f))
for p in inspect.signature(f).parameters.values():
    print(p.name, repr(p.annotation), inspect.formatannotation(p.annotation))
print(list[int], dict[str, int], type(list[int]).__name__, list[int] == list, list[int](("a",)), tuple[int, ...])
print(f.__annotations__["a"], f.__annotations__["return"])
import types
import typing as t
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(t.get_origin(list[int]), t.get_args(dict[str, list[int]]), isinstance(list[int], types.GenericAlias), list[int] | None, type[int], tuple[()])
class Bag(list[int]):
    pass
print(Bag.__mro__, Bag([1, 2]), list[int].__name__, list[int].__mro__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
