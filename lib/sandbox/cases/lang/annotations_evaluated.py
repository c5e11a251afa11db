# lang: function annotations (parameters, *args, **kwargs, return) and class-body annotations are evaluated; dataclass fields carry their type
from dataclasses import dataclass, fields
from typing import ClassVar, Optional, List
def greet(name: str, times: int = 1, *rest: str, loud: bool = False, **extra: float) -> str:
    return name
print(greet.__annotations__)
def plain(a, b=2):
    pass
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
@dataclass
class Item:
    name: str
    tags: List[str]
    price: float = 0.0
    count: ClassVar[int] = 0
    note: Optional[str] = None
print(Item.__annotations__)
print([(f.name, f.type) for f in fields(Item)])
print(Item("pen", ["a"]))
class Outer:
    def method(self, other: "Outer") -> "Outer":
        return self
print(Outer.method.__annotations__)
