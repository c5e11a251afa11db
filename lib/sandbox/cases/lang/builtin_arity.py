# builtin functions and methods refuse wrong argument counts with CPython's words; a builtin
# function stored on a class does not bind as a method, a Python function does
class A:
    f = len
    g = abs
    def h(self):
        return self

a = A()
print(a.f([1, 2]), A.f('ab'), a.g(-3), a.h() is a)

calls = [
    ('[].append()', lambda: [].append()),
    ('len(1, 2)', lambda: len(1, 2)),
    ("'a'.upper(1)", lambda: 'a'.upper(1)),
    ('[].pop(1,2)', lambda: [].pop(1,2)),
    ('{}.get()', lambda: {}.get()),
    ('abs()', lambda: abs()),
    ("'a'.split(1,2,3)", lambda: 'a'.split(1,2,3)),
    ('[].sort(1)', lambda: [].sort(1)),
    ('len()', lambda: len()),
    ("'a'.join()", lambda: 'a'.join()),
    ('isinstance(1)', lambda: isinstance(1)),
    ('divmod(1)', lambda: divmod(1)),
    ('[].index()', lambda: [].index()),
    ('dict().keys(1)', lambda: dict().keys(1)),
    ('[].append(x=1)', lambda: [].append(x=1)),
    ('{}.get(k=1)', lambda: {}.get(k=1)),
    ('sorted()', lambda: sorted()),
    ('sum()', lambda: sum()),
    ('round()', lambda: round()),
    ('max()', lambda: max()),
    ("'a'.replace('a')", lambda: 'a'.replace('a')),
    ('str.upper()', lambda: str.upper()),
    ('len(x=1)', lambda: len(x=1)),
    ('getattr(1)', lambda: getattr(1)),
    ('[].insert(1)', lambda: [].insert(1)),
    ('set().add()', lambda: set().add()),
    ('(1).bit_length(2)', lambda: (1).bit_length(2)),
    ("'abc'.startswith()", lambda: 'abc'.startswith()),
    ('min(1)', lambda: min(1)),
    ('sorted([1], None)', lambda: sorted([1], None)),
    ('{}.setdefault()', lambda: {}.setdefault()),
    ('{}.pop()', lambda: {}.pop()),
    ('[].count()', lambda: [].count()),
    ("'a'.encode(1,2,3)", lambda: 'a'.encode(1,2,3)),
    ('(1.5).is_integer(1)', lambda: (1.5).is_integer(1)),
]
for text, call in calls:
    try:
        call()
        print(text, 'ok')
    except TypeError as e:
        print(text, '->', e)
