# lang: CPython 3.11 refuses int <-> decimal str conversions beyond 4300 digits (sys.set_int_max_str_digits)
import sys

attempts = [
    ("str(10**4300)", lambda: str(10**4300)),
    ("repr(-10**4300)", lambda: repr(-10**4300)),
    ("f'{10**4300:d}'", lambda: f"{10**4300:d}"),
    ("'%d' % 10**4300", lambda: "%d" % 10**4300),
    ("int('1' * 4301)", lambda: int("1" * 4301)),
    ("len(str(10**4299))", lambda: len(str(10**4299))),
    ("int('1' * 4300) % 97", lambda: int("1" * 4300) % 97),
    ("len(hex(16**5000))", lambda: len(hex(16**5000))),
    ("int('f' * 5000, 16) % 97", lambda: int("f" * 5000, 16) % 97),
]
for label, attempt in attempts:
    try:
        print(label, "->", attempt())
    except ValueError as e:
        print(label, "-> ValueError:", e)

print("limit", sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print("after raising the limit:", len(str(10**4300)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print("no limit:", len(str(10**10000)))
