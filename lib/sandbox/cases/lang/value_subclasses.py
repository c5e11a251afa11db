# instances of subclasses of int, float and str behave as the value they carry; their own methods win
import collections
import copy
import json
import math
from enum import Enum, IntEnum


class Meters(int):
    unit = "m"

    def describe(self):
        return f"{int(self)}{self.unit}"


m = Meters(5)
print(m + 1, 1 + m, m - 2, 10 - m, m * 3, m // 2, m / 2, m % 3, m ** 2, -m, +m, abs(Meters(-4)), ~m)
print(type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(m * 1.5).__name__)
print(m == 5, 5 == m, m != 5, m < 6, 6 > m, m >= 5, m <= 4, divmod(m, 2), pow(m, 2, 3))
print(int(m), float(m), str(m), repr(m), bool(Meters(0)), bool(m), type(int(m)).__name__)
print(m.__dict__, isinstance(m, int), isinstance(m, Meters), type(m).__name__, m.describe(), m.unit)
m.note = "tall"
print(m.__dict__, m.bit_length(), m.real, m.numerator, m.denominator, round(m), hash(m) == hash(5))
print({5: "five"}[m], {m: "m"}[5], m in {5, 6}, 5 in {m}, sorted([Meters(3), 1, Meters(2), 4]))
print(f"{m}", f"{m:03d}", f"{m:x}", "%d|%s|%r|%5.1f" % (m, m, m, m), format(m, "b"), json.dumps(m), json.dumps({"k": m}))
print(["a", "b", "c", "d", "e", "f"][m], "abcdefg"[Meters(1):m], list(range(m)), [0] * Meters(2), max(m, 3), min(m, 3))
total = 0
total += m
print(total, type(total).__name__, sum([m, m]), m << 1, m >> 1, m & 4, m | 2, m ^ 1)


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __repr__(self):
        return f"Money({int(self)})"

    def __str__(self):
        return f"${int(self)}"


a = Money(3)
print(a + 4, 4 + a, repr(a + 4), a - 1, type(a - 1).__name__, f"{a}", "%s %d" % (a, a), [a], str(a), json.dumps(a))


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), c + 1, 1 + c, type(c + 1).__name__, c.to_f(), c == 21.5, 21.5 == c, c < 22, int(c), float(c), type(float(c)).__name__)
print(f"{c:.2f}", "%.1f" % c, round(c), round(c, 1), c.is_integer(), c.real, json.dumps(c), sorted([Celsius(3.5), 2, 1.5]), hash(c) == hash(21.5), {21.5: "x"}[c])
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("hello")
print(t + " you", "say " + t, t * 2, t.upper(), type(t.upper()).__name__, type(t + "x").__name__, t.shout(), len(t), t[1], t[::-1], t[1:3])
print(repr(t), str(t), type(str(t)).__name__, t == "hello", "hello" == t, t < "world", "ell" in t, t in "oh hello there", list(t)[:2])
print(t.__dict__, {t: 1}["hello"], {"hello": 2}[t], f"[{t:>7}]", "%s|%r" % (t, t), json.dumps(t), json.dumps({t: t}), "-".join([t, Tag("x")]))
print(t.split("l"), t.replace("l", "L"), t.startswith(Tag("he")), t.count("l"), t.find("lo"), int(Tag("42")) + 1, float(Tag("2.5")), ord(Tag("A")), sorted([Tag("b"), "c", Tag("a")]))
for ch in Tag("ab"):
    print(ch, end=" ")
print(bool(Tag("")), bool(t), isinstance(t, str), t.capitalize(), t.title().swapcase())


class Loud(str):
    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "?"

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


w = Loud("AbC")
print(len(w), w[0], w == "abc", w != "abc", "abc" == w, w + "!", w.lower())


class Flags(int):
    __slots__ = ()


print(Flags(7) & 3, hasattr(Flags(1), "__dict__"))


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED == "red", "red" == Color.GREEN.value, Color.RED + "!", json.dumps(Color.RED), json.dumps({Color.GREEN: 1}), Color("red") is Color.RED, isinstance(Color.RED, str), Color.RED.upper(), sorted([Color.RED, Color.GREEN]))


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(Level.LOW + 1, Level.HIGH * 2, Level.LOW < Level.HIGH, Level.HIGH == 3, 3 == Level.HIGH, int(Level.HIGH), f"{Level.HIGH}", "%d" % Level.LOW, ["x", "y", "z", "w"][Level.HIGH], json.dumps([Level.LOW]), {1: "one"}[Level.LOW], sorted([Level.HIGH, 2, Level.LOW]))
print(isinstance(True, int), True + True, int.__add__(Meters(2), Meters(3)), str.upper(Tag("q")), int(Meters(7)) is not None)


class Shown(int):
    def __repr__(self):
        return "Shown!"


class Quoted(str):
    def __repr__(self):
        return "Quoted!"


print(str(Shown(1)), f"{Shown(1)}", "%s %r" % (Shown(1), Quoted("q")), [Quoted("q")], str(Quoted("q")), f"{Quoted('q')}")


class Trimmed(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip())

    def __init__(self, text):
        self.raw = text


k = Trimmed("  hi ")
k2 = copy.copy(k)
print(repr(k), repr(k.raw), k.__dict__, len(k), repr(k2), k2.raw, type(copy.deepcopy(Meters(4))).__name__, copy.deepcopy(Meters(4)) + 1)
try:
    class Yes(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


class Name(str):
    def __new__(cls, v):
        return str.__new__(cls, v.title())
n = Name("ada lovelace")
print(n, repr(n), type(n).__name__, n.split(), "{:>15}|{!r}|{}".format(n, n, n), sorted([Name("b"), Name("a")], key=len), max([n, "z"], key=len))
class Vec(int):
    def __add__(self, other):
        return type(self)(super().__add__(other))
    def __sub__(self, other):
        return Vec(int.__sub__(self, other))
v = Vec(3) + 4
print(v, type(v).__name__, type(Vec(3) - 1).__name__, sum([Vec(1), Vec(2)]), type(sum([Vec(1), Vec(2)])).__name__, v.__class__(9))
class Pct(float):
    def __str__(self):
        return f"{self * 100:.0f}%"
p = Pct(0.25)
print(p, str(p), repr(p), f"{p}", f"{p:.3f}", "{}".format(p), [p], "%s" % p, p * 2, type(p * 2).__name__)
s = {Name("x"), "X", Name("X")}
print(sorted(s), len(s))
class Code(str):
    __slots__ = ()
print(Code("ab").upper(), hasattr(Code("a"), "__dict__"))
c = collections.Counter([Name("a"), "A", Name("b")])
print(c)
print(Vec(5) in [5], [5].index(Vec(5)), (1, Vec(2)) == (1, 2), {Vec(2): "x"}, str(Vec(7)), Vec(7) == Vec(7), Vec(2) < Vec(3))
print("aBc".index(Name("b")), "a,b".split(Name(",")), Name("ab").startswith(("a", "z")), Name("x").join(["1", "2"]), Name("a") * 3)
print(math.floor(Pct(1.5)), math.isclose(Pct(0.1), 0.1), float.hex(Pct(0.5)) == (0.5).hex(), int(Pct(2.7)), Pct(1.0).as_integer_ratio())
print(isinstance(Vec(1), Vec), bool(Vec(0)), not Pct(0.0), Name("") or "empty", divmod(Pct(7.5), 2))
