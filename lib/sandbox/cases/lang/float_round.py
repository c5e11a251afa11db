# lang: round() uses banker's rounding and the exact binary value of the float
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(7), round(-2.5), round(1e20))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.sqrt(16), math.pi, math.gcd(48, 18), math.isclose(0.1 + 0.2, 0.3))
print(math.factorial(20), math.inf > 10 ** 300)
