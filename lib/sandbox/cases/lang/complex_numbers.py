# complex numbers: literals, arithmetic (division, integer and polar powers), repr, complex(), format, hashing, errors
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), complex(1, 2), z * z, 1j ** 2)
print(repr(1j), -1j, 0j, -0j, complex(-0.0, 1), complex(1.5, -2.25), complex(1e20, 1e-20), 2j * 2)
print((1 + 2j) / (3 - 4j), (1 + 2j) ** 3, (1.1 + 2.2j) ** 3, 2 ** (1 + 1j), (1 + 1j) ** 0.5, (-8) ** (1 / 3), (-1) ** 0.5)
print(complex("1+2j"), complex(" ( -1.5-2J ) "), complex("j"), complex("-j"), complex("3"), complex("1e3j"), complex(2.5))
print(z == 3 + 4j, (2 + 0j) == 2, 2.0 == complex(2), z != 3, hash(2 + 0j) == hash(2), hash(1 + 2j), {1 + 0j: "a", 1: "b"})
print(f"{z}", f"{z:.2f}", f"{z:>12}", f"{1.5 - 2j:g}", f"{z:10.3e}|", format(1j, ""), format(1 + 1j, ".3"))
print(bool(0j), bool(1j), isinstance(z, complex), type(z).__name__, sum([1j, 2, 3.5]), complex(1, 2) * 2.5, z - 1, 1 - z, -z, +z)
for bad in ["1+", "abc", "1+2", "(1+2j"]:
    try: complex(bad)
    except ValueError as e: print(bad, e)
for op in [lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: float(z), lambda: 1j / 0, lambda: 0j ** -1, lambda: round(z)]:
    try: print(op())
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
print(complex(1, 2) + complex(imag=3), complex(real=2), {1j, 2j, 1 + 1j, 2.5j})
