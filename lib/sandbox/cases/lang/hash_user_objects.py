# objects with a Python __hash__ in sets and dicts: unequal objects with one hash stay apart, equal ones meet, and sets of them iterate in CPython's order
from dataclasses import dataclass

class Always1:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __repr__(self):
        return f"A({self.v})"

print(len({Always1(1), Always1(2)}), sorted(x.v for x in {Always1(3), Always1(1), Always1(2)}))

class Name:
    def __init__(self, n, tag):
        self.n, self.tag = n, tag
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return (self.n, self.tag) == (other.n, other.tag)
    def __repr__(self):
        return f"{self.n}/{self.tag}"

names = {Name("a", 1), Name("a", 2), Name("a", 1), Name("b", 1), Name("c", 3)}
print(names, Name("a", 2) in names, Name("z", 0) in names)
d = {Name("k", 1): "one"}
d[Name("k", 2)] = "two"
d[Name("k", 1)] = "uno"
print(d, hash(Name("q", 0)) == hash("q"))

@dataclass(frozen=True)
class Point:
    x: int
    y: int

points = {Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(5, 6), Point(-1, 7)}
print(points, {Point(1, 2): "a"}[Point(1, 2)], hash(Point(1, 2)) == hash((1, 2)))

class Big:
    def __hash__(self):
        return 2 ** 100
class Neg:
    def __hash__(self):
        return -1
print(hash(Big()), hash(Neg()))
