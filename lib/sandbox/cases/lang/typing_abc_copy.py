# typing names in annotations and Generic bases, abc.ABC with abstract methods, copy.copy and copy.deepcopy
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Any, Iterator
from abc import ABC, abstractmethod
import copy
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s: Stack[int] = Stack()
s.push(1)
print(s.pop(), s.pop(), T, Optional[int], Dict[str, List[int]])
def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda v: v + 1, [1, 2]))
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    @abstractmethod
    def perimeter(self) -> float: ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Square(3).area())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
a = {"k": [1, [2, 3]], "t": (1, [2])}
b = copy.copy(a); c = copy.deepcopy(a)
a["k"][1].append(4)
print(b["k"], c["k"], c["t"], c == a)
class P:
    def __init__(self): self.v = [1]
p = P(); q = copy.deepcopy(p); p.v.append(2); print(q.v, copy.copy(p).v)
