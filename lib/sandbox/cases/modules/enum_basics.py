# modules: enum.Enum members, aliases, lookups, reprs, auto, unique, functional API, __init__ values, _missing_, IntEnum/Flag/IntFlag/StrEnum basics
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
print(Color.RED, repr(Color.RED), f"{Color.RED}", format(Color.RED), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color['GREEN'], Color.RED in Color, Color.__members__)
print(type(Color.RED), Color, repr(Color), Color.RED.describe(), hash(Color.RED) == hash("RED"))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), f"{Num.TWO}", Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, isinstance(Num.ONE, int), sorted([Num.TWO, Num.ONE]))
print([10, 20, 30][Num.TWO], str(Num.ONE), format(Num.TWO, "03d"), int(Num.TWO), Num(1))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, rw & Perm.W, Perm.R.value, Perm.X.value)
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, repr(P2.A | P2.B), repr(P2.A | 8), P2.A | 8, P2.B & 3, isinstance(P2.A, int))
class Shade(StrEnum):
    LIGHT = auto()
    DARK = "dk"
print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK.upper(), Shade.LIGHT == "light", f"{Shade.DARK}!", len(Shade.DARK))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["BLUE"]
except KeyError as e:
    print(repr(e))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Http = Enum("Http", {"OK": 200, "NOT_FOUND": 404})
print(Http(404), Http.OK.value)
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.MARS.gravity, 2), Planet.EARTH.mass)
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE
print(Status("whatever"), Status.ACTIVE.name, Color.RED.value)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, {Color.RED: "r"}[Color.CRIMSON])
print(Color.__members__.keys())
import copy
print(copy.deepcopy(Color.RED) is Color.RED, copy.copy(Num.ONE) is Num.ONE)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
