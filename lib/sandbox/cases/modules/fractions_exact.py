# modules: fractions.Fraction construction (ints, strings, floats), exact arithmetic mixed with ints and floats, comparisons, rounding, limit_denominator, errors
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F(), F("3/4"), F(" -1.5e-3 "), F("1_000/3"), F(".5"), F("5."), F(0.1), F(1.25), F(F(1, 3)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(2, 3)), -a, abs(F(-2, 5)), +a)
print(a + 1, 1 + a, a * 3, 2 / a, a + 0.5, 0.5 - a, a ** 2, a ** -2, F(-2, 3) ** -3, a ** 0.5 > 0.57, 2 ** F(1, 2), 4 ** F(2), F(1, 2) ** F(2))
print(a == F(2, 6), a < b, a > 0.3, a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 3) <= F(1, 3), a != b, sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(round(F(7, 2)), round(F(5, 2)), round(F(-7, 2)), round(F(22, 7), 2), round(F(1234), -2), math.floor(F(-7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 8)))
print(F(3.141592653589793).limit_denominator(1000), F(math.pi).limit_denominator(100), F(1, 3).limit_denominator(2), F(0.1).limit_denominator())
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.25), bool(F(0)), bool(F(1, 5)), str(F(10, 5)))
total = sum(F(1, n) for n in range(1, 11))
print(total, float(total))
for bad in ["abc", "1/0", "3/ 4", ""]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print(e)
try:
    F(1.5, 2)
except TypeError as e:
    print(e)
