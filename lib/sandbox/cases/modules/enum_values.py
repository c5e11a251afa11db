# modules: IntEnum/StrEnum/str-mixin members as dict keys, in JSON, in arithmetic; Flag aliases of several bits, pseudo-members and the STRICT error
import json
from enum import Enum, IntEnum, StrEnum, Flag, auto
class Num(IntEnum):
    ONE = 1
    TWO = 2
class Shade(StrEnum):
    LIGHT = auto()
class Mixed(str, Enum):
    A = "a"
    B = "b"
print({1: "one"}[Num.ONE], {"light": 1}[Shade.LIGHT], {"a": 1}[Mixed.A], Num.ONE in {1, 5}, hash(Num.TWO) == hash(2))
print(json.dumps({"n": Num.TWO, "s": Shade.LIGHT, Num.ONE: [Num.ONE]}))
print(Mixed.A, repr(Mixed.A), Mixed.A == "a", Mixed.A.upper(), f"{Mixed.B}", isinstance(Mixed.A, str), Mixed("b"))
print(sum([Num.ONE, Num.TWO]), max(Num), min(Num, key=lambda m: -m), sorted(Num, reverse=True), Num.TWO // 2, Num.TWO % 2, -Num.TWO)
print(list(Num), Num.ONE.name, Num(2).value, Num["TWO"], range(Num.TWO))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(list(Perm), Perm.RW, Perm(3), Perm(7), Perm.R | Perm.X, [p.name for p in Perm.RW])
try:
    Perm(8)
except ValueError as e:
    print(e)
