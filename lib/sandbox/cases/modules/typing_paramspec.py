# typing: Callable with a ParamSpec or Concatenate[...] as its parameter list (tuple() of such an alias used to loop for ever), P.args and P.kwargs
from typing import Callable, Concatenate, ParamSpec, TypeVar
P = ParamSpec('P'); R = TypeVar('R')
print(Callable[P, R], Callable[Concatenate[int, P], R], P.args, P.kwargs, Concatenate[int, P])
print(Callable[P, R].__args__, Callable[[int], R].__args__, Callable[..., int], Callable[[], int], Callable[[int, str], R])

def with_conn(func: Callable[Concatenate[int, P], R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(7, *args, **kwargs)
    return wrapper

@with_conn
def fetch(conn: int, user_id: int) -> str:
    return f"user {user_id} on {conn}"

print(fetch(42), fetch.__annotations__)
