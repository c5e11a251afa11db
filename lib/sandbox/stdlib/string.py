# string for the sandbox.
#
# What it reproduces from CPython 3.11's documented behaviour: the character constants,
# capwords(), Template ($name, ${name}, $$; substitute raising KeyError for a missing name and
# ValueError "Invalid placeholder in string: line L, col C" for a bad $; safe_substitute
# leaving those alone; get_identifiers and is_valid from 3.11) and Formatter (format/vformat
# with the same replacement-field syntax as str.format, whose pieces it can override). The
# code is the sandbox's own.
def _ascii_run(first, last):
    return ''.join([chr(code) for code in range(ord(first), ord(last) + 1)])


# the values are CPython's, character for character (printable's order included)
whitespace = ' \t\n\r\v\f'
digits = _ascii_run('0', '9')
octdigits = _ascii_run('0', '7')
ascii_lowercase = _ascii_run('a', 'z')
ascii_uppercase = _ascii_run('A', 'Z')
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# every visible ASCII character that is neither a letter nor a digit, in code order
punctuation = ''.join([c for c in _ascii_run('!', '~') if not c.isalnum()])
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _identifier_at(text, i, pattern):
    """The identifier starting at text[i] (per pattern's idpattern rules), or ''."""
    j = i
    while j < len(text) and (text[j] == '_' or text[j].isalnum()) and (j > i or not text[j].isdigit()):
        if text[j].isascii() or not pattern.ascii_only:
            j += 1
        else:
            break
    return text[i:j]


class Template:
    delimiter = '$'
    ascii_only = True  # identifiers are ASCII, as CPython's default idpattern with re.ASCII

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    def _pieces(self):
        """Yields ('text', s), ('name', name, start) or ('bad', start) in order."""
        text = self.template
        d = self.delimiter
        i = 0
        plain = []
        while i < len(text):
            if not text.startswith(d, i):
                plain.append(text[i])
                i += 1
                continue
            after = i + len(d)
            if text.startswith(d, after):
                plain.append(d)
                i = after + len(d)
                continue
            if after < len(text) and text[after] == '{':
                close = text.find('}', after)
                name = _identifier_at(text, after + 1, self)
                if name and close == after + 1 + len(name):
                    yield ('text', ''.join(plain))
                    plain = []
                    yield ('name', name, i)
                    i = close + 1
                    continue
            else:
                name = _identifier_at(text, after, self)
                if name:
                    yield ('text', ''.join(plain))
                    plain = []
                    yield ('name', name, i)
                    i = after + len(name)
                    continue
            yield ('text', ''.join(plain))
            plain = []
            yield ('bad', i)
            i = after
        yield ('text', ''.join(plain))

    def _invalid(self, i):
        before = self.template[:i].splitlines(keepends=True)
        line = len(before) or 1
        column = i - len(''.join(before[:-1])) + 1 if before else 1
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def substitute(self, mapping=None, /, **kws):
        values = _merged(mapping, kws)
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append(str(values[piece[1]]))
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        values = _merged(mapping, kws)
        out = []
        text = self.template
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                name, start = piece[1], piece[2]
                try:
                    out.append(str(values[name]))
                except KeyError:
                    braced = text.startswith(self.delimiter + '{', start)
                    out.append(self.delimiter + ('{' + name + '}' if braced else name))
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def get_identifiers(self):
        names = []
        for piece in self._pieces():
            if piece[0] == 'name' and piece[1] not in names:
                names.append(piece[1])
            elif piece[0] == 'bad':
                self._invalid(piece[1])
        return names

    def is_valid(self):
        return all(piece[0] != 'bad' for piece in self._pieces())


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        values = dict(mapping)
        values.update(kws)
        return values
    return mapping


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto=None):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        if auto is None:
            auto = [0]
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto[0] is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field = str(auto[0])
                auto[0] += 1
            elif field[0].isdigit():
                if auto[0]:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto[0] = False
            obj, key = self.get_field(field, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec = self._vformat(spec, args, kwargs, used, depth - 1, auto) if spec else ''
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def parse(self, format_string):
        """(literal text, field name, format spec, conversion) tuples, as str.format sees them."""
        i = 0
        text = []
        s = format_string
        while i < len(s):
            c = s[i]
            if c == '{':
                if s.startswith('{{', i):
                    # an escaped brace ends a literal piece, as str.format's parser reports it
                    text.append('{')
                    yield (''.join(text), None, None, None)
                    text = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < len(s) and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                inside = s[i + 1:j - 1]
                name, conversion, spec = inside, None, ''
                bang = inside.find('!')
                colon = inside.find(':')
                if colon >= 0 and (bang < 0 or colon < bang):
                    name, spec = inside[:colon], inside[colon + 1:]
                elif bang >= 0:
                    name, rest = inside[:bang], inside[bang + 1:]
                    conversion, _, spec = rest.partition(':')
                yield (''.join(text), name, spec, conversion)
                text = []
                i = j
            elif c == '}':
                if s.startswith('}}', i):
                    text.append('}')
                    yield (''.join(text), None, None, None)
                    text = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                text.append(c)
                i += 1
        if text:
            yield (''.join(text), None, None, None)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")


def _split_field(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
