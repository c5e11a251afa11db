# modules: re as programs use it: findall/finditer/sub with functions and named groups, split, verbose patterns, compiled patterns
import re
print(re.findall(r'|a', 'a'), re.sub('x*', '-', 'abxd'), re.split(r'x*', 'axbc'), re.findall(r'\b', 'ab cd'), re.sub(r'\b', '|', 'hi yo'))
print(re.findall(r'(?x) [ a-c ]+  \# ', 'ab# c#'), re.findall(r'(?i)[a-c]+', 'ABCabcD'), re.findall(r'[\d.]+', 'v1.25 and 3'), re.findall(r'[-+*/]', '1+2-3*4/5'))
print(re.sub(r'(\d+)-(\d+)', r'\2-\1', '10-20 and 3-4', count=1), re.subn(r'\s', '', ' a b '), re.split(r'(\s)', 'a b', maxsplit=1))
text = "The quick brown fox jumps over the lazy dog. The end."
words = re.findall(r"\b[a-z]+\b", text.lower())
print(len(words), words[:4], re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "hello world"))
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
m = date.search("Due: 2024-03-15!")
print(m.group("year"), m["month"], m.groupdict(), m.span("day"), m.start(), m.end(), date.pattern, date.groups, date.groupindex)
print([m.group() for m in re.finditer(r"\d+", "a1 b22 c333")], [(m.start(), m.group(1)) for m in re.finditer(r"(\w)\1", "aabbcdd")])
emails = "alice@example.com, bob.smith@mail.org; bad@, @bad.com"
print(re.findall(r"[\w.]+@[\w]+\.\w+", emails))
print(re.match(r"^(\+\d{1,3})?[-.\s]?\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})$", "+1 (555) 123-4567").groups())
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseString").lower(), re.sub(r"_(\w)", lambda m: m.group(1).upper(), "snake_case_here"))
print(re.split(r"[;,]\s*", "a;b, c,d"), re.fullmatch(r"[A-Za-z_]\w*", "valid_name1") is not None, bool(re.fullmatch(r"[A-Za-z_]\w*", "1bad")))
pat = re.compile(r"""
    (?P<key>\w+)   # the key
    \s*=\s*        # equals
    (?P<value>[^;]+)  # the value
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("a = 1; b=two;c =3")])
print(re.compile("a", re.I | re.M), re.compile("a", re.X).flags, re.search("A", "bab", re.IGNORECASE).span(), re.findall("^x", "x\nx", flags=re.MULTILINE))
try:
    re.compile("(unclosed")
except re.error as e:
    print(type(e).__name__, e.msg, e.pos, e)
print(re.escape("1+1=2?"), re.purge(), re.template if False else "ok")
print(re.search(r"(a)|(b)", "b").groups(), re.search(r"(a)|(b)", "b").lastindex, re.match(r"(a)?b", "b").group(1), re.sub(r"(a)?b", r"[\1]", "b"))
