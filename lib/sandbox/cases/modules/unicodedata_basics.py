# modules: unicodedata's normalize, category, mirrored, decimal/digit/numeric (name/lookup need a table the sandbox lacks)
import unicodedata as u

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = u.normalize(form, "Cafe\u0301 \ufb01 \u2460 \u00c5 \u212b x\u00b2")
    print(form, ascii(s), len(s), u.is_normalized(form, s), u.is_normalized(form, "e\u0301"))
print(u.normalize("NFC", "e\u0301") == "\u00e9", u.normalize("NFD", "\u00e9") == "e\u0301")
counts = {}
# Unicode versions after 14.0 (the engine may be newer) assigned characters beyond these ranges,
# made U+0295 a Lo and U+226D mirrored
for cp in list(range(0, 0x0800)) + list(range(0x2000, 0x20c0)) + list(range(0x2100, 0x2400)) + list(range(0xd7f0, 0xd810)) + list(range(0xe000, 0xe010)) + list(range(0xfff0, 0x10000)) + [0x1f600, 0x1d400, 0x20000, 0xe0001]:
    if cp == 0x295:
        continue
    c = u.category(chr(cp))
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print([u.category(c) for c in "aA1 _-([)]+$^\u00ab\u00bb\u0301\u0903\u20dd\u01c5\u02b0\u16ee\u00bd\u2028\u2029\u00ad\n"])
print(sum(u.mirrored(chr(cp)) for cp in range(0x2400) if cp != 0x226D), u.mirrored("("), u.mirrored("a"))
digits = [chr(cp) for cp in range(0x10000) if chr(cp).isdigit()]
print(len(digits), all(u.digit(c) == int(u.numeric(c)) for c in digits))
print(sum(u.digit(c) for c in digits), sum(u.decimal(c, 0) for c in digits))
print([u.digit(c) for c in "\u00b2\u00b3\u00b9\u2070\u2074\u2089\u2460\u2468\u2474\u2488\u24ea\u24f5\u24ff\u2776\u2780\u278a\U0001f100\U0001f101\U0001f10a"])
fracs = [chr(cp) for cp in list(range(0xbc, 0xbf)) + list(range(0x2150, 0x2189)) + [0x2189] + list(range(0x2469, 0x2474)) + list(range(0x247d, 0x2488)) + list(range(0x2491, 0x249c)) + list(range(0x24eb, 0x24f5)) + [0x24fe, 0x277f, 0x2789, 0x2793]]
print([u.numeric(c) for c in fracs if c.isnumeric() and not (0x2183 <= ord(c) <= 0x2184)])
print([u.numeric(c) for c in "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u842c\u5104\u4ebf\u96f6"])
print(u.numeric("a", None), u.digit("\u00bd", -1), u.decimal("\u00b2", "no"), u.decimal("\u0663"), u.numeric("7"))
for f, args in [(u.category, ("ab",)), (u.category, (5,)), (u.decimal, ("",)), (u.normalize, ("X", "a")), (u.normalize, ("NFC", 5)), (u.digit, ("a",)), (u.decimal, ("\u00b2",)), (u.numeric, ("a",))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
