# modules: re flags and their reprs, errors with positions, empty matches, templates, groups, lastindex, anchors, classes, lookarounds, atomic groups, astral characters
import re
print(repr(re.I), str(re.I), repr(re.I | re.M), repr(re.NOFLAG), re.I.value, int(re.X), repr(re.I | 512), re.I | re.S, f"{re.I}")
print(re.compile('x', re.U).flags, re.compile('a', re.A), re.compile('a', re.U), re.compile('a', re.I | re.U), re.compile(r'\d+\n'), re.compile("(?i)ab").flags)
print(re.escape('a.b*c d-e_f'), re.split(r'(\d)', 'a1b2c'), re.split(r'\W*', 'a b'), re.sub(r'x*', '-', 'abxd'), re.split(r'\b', 'hi there'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'ab cd'), re.sub(r'(\w)(\w)', r'\2\1', 'abcd'), re.subn('a', 'b', 'aaa', count=2), re.sub('a', lambda m: m.group().upper(), 'banana'))
m = re.match(r'(a)(b)?', 'ac')
print(m.group(0, 1, 2), m.groups('-'), m.span(), m[1], m.expand(r'[\1]'), m.regs, m.re, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.search('^b', 'ab', re.M), re.search('^b', 'a\nb', re.M))
print(list(re.finditer(r'\d', 'a1b22')), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(\w)\d', 'a1b2'))
for p, r in [('(a)', r'\2'), ('(a)', r'\g<x>'), ('a', r'\q'), ('(a)', r'\g<1')]:
    try:
        re.sub(p, r, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.compile(r'(?P<first>\w+) (?P<last>\w+)').groupindex, re.compile('(a)(b)').groups)
for p in ['a**', '*a', '(a', 'a)', '[a', 'a\\q', '(?P<1x>a)', '(?P=n)', '(?<n>a)', '[z-a]', '(?i)a(?m)b', 'a{2}{3}', '(?P<n>a)(?P<n>b)', '\\2(a)', '(a\\1)', 'x(?i:y)z', '(?x) a b # c', 'a{,3}', 'a{3,1}', 'ab\\', '(?', '(?P<n', '[]', '[^]', 'a|*', 'x\ny)']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos)
m = re.search(r'(?P<w>\w+) (\d+)?', 'hello world 42')
print(m, m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.span(2), m.start(2))
print(re.findall(r'\bthe\b', 'the other then the end', re.I), re.findall(r'(?i)THE', 'The tHe'), re.sub(r'\s+', ' ', '  a \t b\n c  '))
print(re.findall(r'\w+', 'héllo wörld 123 _x'), re.findall(r'\d', '١٢3'), re.findall(r'(?a)\w+', 'héllo'), re.findall(r'[^\W\d]+', 'ab12cd'))
print(re.match(r'(?x) (\d+) \s* - \s* (\d+)  # a range', '10 - 20').groups())
print(re.search(r'a.c', 'a\nc'), re.search(r'a.c', 'a\nc', re.S), re.findall(r'^\w+$', 'one\ntwo\n', re.M), re.search(r'end$', 'the end\n'), re.search(r'end\Z', 'the end\n'))
print(re.findall(r'(a|b)+', 'abab cab'), re.findall(r'((a)(b))', 'abab'), re.match(r'(a(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.split(r',\s*', 'a, b,c,   d', maxsplit=2), re.split(r'(,)|(;)', 'a,b;c'), re.split('x', 'axbxc', 1))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1b22c333'), re.sub('(?P<n>b)', r'[\g<n>\g<0>]', 'abc'), re.sub('b', r'\n', 'abc') == 'a\nc')
print(re.match(r'(\w+)@(\w+)\.com', 'me@example.com').group(2), re.compile(r'\d+').search('ab 12 cd', 3), re.compile(r'\d+').match('ab 12', 3), re.compile('b').fullmatch('abc', 1, 2))
print(re.findall(r'a*?', 'aa'), re.findall(r'\d{2,}', '1 22 333'), re.findall(r'x{,2}', 'xxx'), re.findall(r'colou?r', 'color colour'))
print(re.search(r'(?<=\$)\d+', 'cost: $42').group(), re.search(r'(?<!-)\b\d+', '-5 7').group(), re.findall(r'\w+(?=!)', 'hi! there bye!'))
print(re.findall(r'(?>a+)b', 'aaab'), re.findall(r'a++b', 'aaab'), re.fullmatch(r'(?>a|ab)c', 'abc'))
print(re.search(r'(\d)\1', '1233'), re.search(r'(?P<x>\w)(?P=x)', 'abccd').group(), re.sub(r'[aeiou]', '', 'education', flags=re.I))
print(len(re.findall('.', '😀a')), re.findall(r'[😀-😂]', '😀😁x'))
