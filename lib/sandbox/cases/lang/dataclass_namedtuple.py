# lang: dataclasses and namedtuples: generated __init__, __repr__, __eq__, ordering
from dataclasses import dataclass
from collections import namedtuple
@dataclass
class Point:
    x: int
    y: int = 0
    def dist2(self):
        return self.x ** 2 + self.y ** 2
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = "s"
@dataclass
class Bag:
    items: list
p = Point(3, 4)
print(p, p.dist2(), p == Point(3, 4), Point(1), Point(y=2, x=1))
print(sorted([Card(10, "h"), Card(2), Card(10, "c")]), Card(3) < Card(4))
try:
    Card(1).rank = 5
except Exception as e:
    print(type(e).__name__)
b1, b2 = Bag([]), Bag([])
b1.items.append(1)
print(b1, b2)
Pt = namedtuple("Pt", ["x", "y"])
q = Pt(1, y=2)
print(q, q.x, q[1], q._asdict(), q._replace(x=9), tuple(q), q == (1, 2))
a, b = q
print(a + b, Pt._fields)
