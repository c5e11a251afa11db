# lang: f-strings with format specs, conversions and self-documenting expressions
x = 3.14159
n = 1234567
s = "hi"
print(f"[{x:>8.2f}] [{x:<8.2f}] [{x:^8.2f}]")
print(f"{n:,} {n:_} {n:>12,} {255:08b} {255:x} {255:#X} {255:#o}")
print(f"{s!r} {s!s} {s:>5} {s:*^6} {'é'!a}")
print(f"{x=} {n=:,} {s=}")
print(f"{42:05d} {-42:05d} {42:+d} {42: d} {7:3}|")
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}; first={items[0]!r}; {{braces}}")
print(f"{'nested ' + str(1 + 1)} {n % 1000} {[i * i for i in range(3)]}")
print(f"{True} {None} {3 > 2} {1e3} {10**20}")
