# lang: structural pattern matching (match/case)
def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *others]:
            return f"list starting {first} (+{len(others)})"
        case {"type": "point", "x": px}:
            return f"point x={px}"
        case str() | bytes():
            return "text"
        case _:
            return "other"
for v in [0, -3, [1, 2], [1, 2, 3], {"type": "point", "x": 4, "y": 0}, "s", 3.5]:
    print(describe(v))
