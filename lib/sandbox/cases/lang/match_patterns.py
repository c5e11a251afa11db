# match: every pattern form (empty sequences/mappings, class patterns with keywords and __match_args__, nested or-patterns with as, mapping **rest, guards, value patterns), bindings only on success
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
@dataclass
class Circle:
    center: Point
    r: float
class Color:
    RED = "red"
    GREEN = "green"
def f(v):
    match v:
        case []:
            return "empty list"
        case ():
            return "never: () is the same as []"
        case {}:
            return "a mapping" if v else "empty mapping"
        case [1, *rest] if rest:
            return f"one then {rest}"
        case [1]:
            return "just one"
        case [x, y, *_, z]:
            return f"x={x} y={y} z={z}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=(1 | 2) as py):
            return f"low point {px},{py}"
        case Circle(Point(x=0, y=0), r=r):
            return f"circle at origin r={r}"
        case Circle(center=Point() as c, r=(1 | 2 | 3)):
            return f"small circle at {c.x},{c.y}"
        case (1 | 2) as small:
            return f"small {small}"
        case (3 | 4) | (5 | 6):
            return "nested alternatives"
        case {"kind": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"k": 1, **rest}:
            return f"map {rest}"
        case int(n) if n > 100:
            return f"big {n}"
        case bool(b):
            return f"bool {b}"
        case str() | bytes():
            return "text"
        case float(x) | int(x):
            return f"real or complex {x}"
        case Color.RED:
            return "dotted value"
        case None:
            return "none"
        case [Point(x=0), Point(x=0)]:
            return "two on y axis"
        case [("a" | "b") as first, *others] :
            return f"{first} + {len(others)}"
        case {"a": [1, {"b": [x, *_]}]}:
            return f"nested {x}"
        case _:
            return "other"
tests = [[], (), {}, {"z": 1}, [1, 2, 3], [1], [9, 8, 7, 6], Point(0, 0), Point(0, 5), Point(2, 2), Point(7, 2),
         Circle(Point(0, 0), 5), Circle(Point(1, 1), 2), Circle(Point(1, 1), 9), 1, 2, 4, 6,
         {"kind": "user", "name": "ann", "age": 3}, {"kind": "user", "name": 5}, {"k": 1, "z": 2}, 500, True, "s", b"b", 2.5, 1j,
         "red", None, [Point(0, 1), Point(0, 2)], ["b", 1, 2], {"a": [1, {"b": [7, 8]}]}, 3.5, 50]
for v in tests:
    print(type(v).__name__, "->", f(v))
def bind_check(v):
    x = "unset"
    match v:
        case [x, 1]:
            pass
        case _:
            pass
    return x
print(bind_check([5, 1]), bind_check([5, 2]))
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case other:
        print("other", other)
print(a, b)
