# match class patterns: builtins matching themselves, __match_args__ checks and the TypeErrors CPython raises
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
    a = 1
def m(v):
    match v:
        case P(1, y):
            return f"P1 {y}"
        case P(x, y=5):
            return f"P y5 {x}"
        case tuple((1, 2)):
            return "tuple 1,2"
        case list([a, b]):
            return f"list {a} {b}"
        case dict({"k": val}):
            return f"dict {val}"
        case str("hi"):
            return "hi"
        case int(3) | float(3.5):
            return "three-ish"
        case frozenset():
            return "frozenset"
        case set() if not v:
            return "empty set"
        case _:
            return "no"
for v in [P(1, 2), P(7, 5), P(7, 6), (1, 2), [3, 4], {"k": 9}, "hi", 3, 3.5, frozenset(), set(), 3.0]:
    print(m(v))
for v, pat in [(NoArgs(), 1), (BadArgs(), 2), (P(1), 3), (5, 4)]:
    try:
        match v:
            case NoArgs(z) if pat == 1:
                pass
            case BadArgs(z) if pat == 2:
                pass
            case P(a, b, c) if pat == 3:
                pass
            case int(a, b):
                pass
    except TypeError as e:
        print("TypeError", e)
match 5:
    case print.__class__():
        print("builtin function")
    case int(real=r, imag=i):
        print("int attrs", r, i)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(e)
print(P.__match_args__)
