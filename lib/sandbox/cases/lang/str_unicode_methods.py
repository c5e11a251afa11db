# str's case and class methods follow Unicode: titlecase digraphs, ß and ligatures, final sigma, casefold, digits and numerics of every script, Python's whitespace, identifiers
words = ["hello world", "they're bill's friends", "1st place", "ǆungla", "ﬁre ﬂy", "straße", "ΣΑΣ ΟΔΟΣ", "ᾳ", "ŉ", "éCOLE", "ÀB ÉC", "mIXed CaSe", "ǅ", "ß", "İstanbul", "ı", "ǰ", "ꭰ", "ﬀ", "", "a1b2", "x_y"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()), repr(w.upper()), repr(w.lower()))
    print(" ", w.istitle(), w.isupper(), w.islower(), w.isalpha(), w.isalnum(), w.isidentifier(), w.isprintable(), w.isspace())
for w in ["٣", "²", "½", "①", "一二三", "Ⅻ", "𝟘𝟙", "12", "1.5", "", "١٢٣", "³x", "٣½"]:
    print(repr(w), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum())
print(int("٣"), int(" ١٢٣ "), int("-۴۵"), int("𝟗𝟖"), float("١.٥"), float("\u2003٣e٢\u3000"), int("٣", 16))
for bad in ["٣½", "\ufeff1", "١_"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float("x٣")
except ValueError as e:
    print(e)
print("\u3000a\x1cb\x85c\u2028".split(), " \x1f x \xa0".strip(), "\ufeffx".strip(), "a\x1cb\x85c\u2028d\x0be".splitlines())
print("\x85".isspace(), "\ufeff".isspace(), "\x1c".isspace(), "\u200b".isspace(), "\u00ad".isprintable(), "\xa0".isprintable(), " ".isprintable(), "é\u0301".isprintable())
print("café".isidentifier(), "℘x".isidentifier(), "1a".isidentifier(), "a·b".isidentifier(), "😀".isidentifier(), "_".isidentifier(), "ǅ".istitle(), "ǅa".istitle())
print(sorted(["b", "B", "ä", "A", "😀", "\uffff", "z"], key=str.casefold))
print("ΣΑΣ".title(), "όσος σ".title(), "ΑΣ.".swapcase(), "aΣ b".capitalize())
for s, b in [("1_000", 10), ("_1", 10), ("1__0", 10), ("1_", 10), ("0x_ff", 16), ("0x_ff", 0), ("_ff", 16), ("-1_0", 10), ("+0b_1", 0), ("0_0", 0), ("١_٢", 10)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(e)
for w in ["hello world", "they're bill's", "1st 2nd x3y", "ABC", "abc", "A1", "a1", "1", "", "Hello World", "HeLLo", "_a_b", "a-b c.d"]:
    print(repr(w.title()), w.isupper(), w.islower(), w.istitle(), w.title().istitle())
