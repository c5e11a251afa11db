# modules: cmath: sqrt/exp/log/phase/polar/rect, the trig and hyperbolic functions and inverses on their branch cuts (signed zeros), huge and subnormal arguments, domain and range errors, isclose, constants
import cmath
import math

print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(2j), cmath.sqrt(3 + 4j), cmath.sqrt(-2 - 0j), cmath.sqrt(complex(-2, -0.0)))
print(cmath.polar(1 + 1j), cmath.polar(-1), cmath.polar(3 + 4j), cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(1.5, -math.pi / 3))
print(cmath.exp(1j * cmath.pi), cmath.exp(1), cmath.exp(1 + 2j), cmath.exp(0), cmath.exp(-700 + 3j))
print(cmath.log(-1), cmath.log(1j), cmath.log(8, 2), cmath.log(100, 10), cmath.log10(1000), cmath.log10(-100), cmath.log(1 + 1j), cmath.log(0.9 + 0.3j), cmath.log(2 + 3j, 1j))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(-1 - 1j), cmath.phase(0))
for f in (cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
    print(f.__name__, f(0.5), f(2), f(3 + 4j), f(-0.5 + 0.25j), f(-3))
print(cmath.asin(2), cmath.acos(2), cmath.acosh(0.5), cmath.atanh(2), cmath.atan(2j), cmath.asinh(2j), cmath.acos(-2), cmath.asin(complex(2, -0.0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isfinite(1 + 2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)), cmath.isnan(1))
z = cmath.exp(1j * math.pi / 4)
print(z, abs(z), z ** 8, cmath.sqrt(z * z), cmath.polar(cmath.rect(2, 1)))
roots = [(-1 + cmath.sqrt(1 - 4 * 1 * 1)) / 2, (-1 - cmath.sqrt(1 - 4)) / 2]
print(roots, [r ** 3 for r in roots])
print([cmath.exp(2j * cmath.pi * k / 4) for k in range(4)])
print(cmath.sinh(1000j), cmath.cosh(-2 + 0j), cmath.tanh(400), cmath.tanh(-400 + 1j), cmath.exp(709 + 1j))
for bad in (lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: cmath.cosh(800), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.rect(1j, 0), lambda: cmath.log(1, 1)):
    try:
        print(bad())
    except Exception as exc:
        print(type(exc).__name__, exc)
print(cmath.sqrt(1e300 + 1e300j), cmath.log(1e308 + 1e308j), cmath.acosh(1e200), cmath.asinh(-1e200j), cmath.atanh(1e200), cmath.atan(1e200), cmath.acos(1e200 - 1e200j))
print(cmath.sqrt(complex(math.inf, 1)), cmath.sqrt(complex(-math.inf, 1)), cmath.exp(complex(-math.inf, 1)), cmath.log(complex(math.inf, 1)))
