# An or-pattern followed by `as` names the whole alternative (`as` binds loosest), at the top
# of a case, inside a mapping or sequence, and with a guard.
def classify(x):
    match x:
        case 1 | 2 as n:
            return f"small {n}"
        case [1, 2] | [3, 4] as pair:
            return f"pair {pair}"
        case {"k": 1 | 2 as v}:
            return f"map {v}"
        case (int() | float()) as num:
            return f"number {num!r}"
        case str() | bytes() as text if len(text) > 2:
            return f"long text {text!r}"
        case "a" | "b" | "c":
            return f"letter {x}"
        case _:
            return "other"

for value in [1, 2, [1, 2], [3, 4], {"k": 2}, 3.5, 7, "hello", b"xyz", "a", "c", "zz", None]:
    print(value, "->", classify(value))
