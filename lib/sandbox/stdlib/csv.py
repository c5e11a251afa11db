# csv for the sandbox: reading and writing comma-separated rows through any file-like object
# (files of the run's in-memory tree, StringIO, a list of lines).
#
# What it reproduces from CPython 3.11: writer/reader with the excel dialect by default ("\r\n"
# after each row, fields quoted only when they need it, quotes doubled), excel_tab and unix,
# registered dialects and keyword overrides (delimiter, quotechar, escapechar, doublequote,
# skipinitialspace, lineterminator, quoting, strict), the four QUOTE_* modes (QUOTE_NONNUMERIC
# reads unquoted fields as floats), quoted fields spanning lines, reader.line_num, blank lines
# read as [], DictReader (fieldnames from the first row, restkey/restval, blank rows skipped)
# and DictWriter (writeheader, restval, extrasaction) with their errors. Sniffer is left out.
# The code is the sandbox's own.
__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'field_size_limit',
           'DictReader', 'DictWriter', '__version__']

__version__ = '1.0'
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
_SETTINGS = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
             'lineterminator', 'quoting', 'strict')


class _Settings:
    """A dialect with the keyword overrides applied, checked as CPython checks them."""

    def __init__(self, dialect, overrides):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in _SETTINGS:
            setattr(self, name, overrides[name] if name in overrides else getattr(dialect, name, getattr(Dialect, name)))
        for name in overrides:
            if name not in _SETTINGS:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Settings(dialect if dialect is not None else Dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    global _limit
    old = _limit
    if new_limit is not None:
        _limit = new_limit
    return old


class _Writer:
    def __init__(self, fileobj, settings):
        self._write = fileobj.write
        self.dialect = settings

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not isinstance(value, (int, float))):
            quote = True
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            special = d.delimiter + (d.quotechar or '') + d.lineterminator + '\r\n'
            quote = any(c in special for c in text) or (only and text == '')
        if quote:
            q = d.quotechar
            if d.doublequote:
                return q + text.replace(q, q + q) + q
            if d.escapechar is None and q in text:
                raise Error("need to escape, but no escapechar set")
            return q + (text.replace(q, d.escapechar + q) if d.escapechar else text) + q
        special = [c for c in (d.delimiter, d.quotechar, d.escapechar, '\r', '\n') if c]
        if d.quoting == QUOTE_NONE and any(c in text for c in special):
            if d.escapechar is None:
                raise Error("need to escape, but no escapechar set")
            for c in special:
                text = text.replace(c, d.escapechar + c) if c != d.escapechar else text.replace(c, c + c)
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        line = self.dialect.delimiter.join(self._field(v, len(fields) == 1) for v in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    if not hasattr(csvfile, 'write'):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _Settings(dialect, fmtparams))


class _Reader:
    def __init__(self, lines, settings):
        self._lines = iter(lines)
        self.dialect = settings
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error(f"iterator should return strings, not {type(line).__name__} "
                        "(the file should be opened in text mode)")
        self.line_num += 1
        return line

    def __next__(self):
        d = self.dialect
        line = self._next_line()
        row, field = [], []
        quoted = in_quotes = False
        at_start = True  # no character of the current field read yet
        i = 0
        while True:
            if i >= len(line):
                if in_quotes:
                    try:
                        line = self._next_line()
                    except StopIteration:
                        if d.strict:
                            raise Error("unexpected end of data") from None
                        break
                    i = 0
                    continue
                break
            c = line[i]
            i += 1
            if in_quotes:
                if c == d.escapechar and i < len(line):
                    field.append(line[i])
                    i += 1
                elif c == d.quotechar:
                    if d.doublequote and line[i:i + 1] == c:
                        field.append(c)
                        i += 1
                    else:
                        in_quotes = False
                        if d.strict and i < len(line) and line[i] not in (d.delimiter, '\r', '\n'):
                            raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                else:
                    field.append(c)
            elif c == d.delimiter:
                row.append(self._finish(''.join(field), quoted))
                field, quoted, at_start = [], False, True
                if d.skipinitialspace:
                    while line[i:i + 1] == ' ':
                        i += 1
            elif c in '\r\n':
                if not row and not field and not quoted:
                    return []
                break
            elif c == d.quotechar and at_start and d.quoting != QUOTE_NONE:
                in_quotes = quoted = True
                at_start = False
            elif c == d.escapechar and i < len(line):
                field.append(line[i])
                i += 1
                at_start = False
            else:
                field.append(c)
                at_start = False
        if not row and not field and not quoted:
            return []
        row.append(self._finish(''.join(field), quoted))
        return row

    def _finish(self, text, quoted):
        if len(text) > _limit:
            raise Error(f"field larger than field limit ({_limit})")
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _Settings(dialect, fmtparams))


class DictReader:
    """Rows as dicts keyed by fieldnames (the first row when none are given); blank rows are
    skipped, extra values go under restkey, missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        self._names = fieldnames
        self._header_read = fieldnames is not None
        self.line_num = 0

    def _read_header(self):
        if not self._header_read:
            self._header_read = True
            self._names = next(self.reader, None)
            self.line_num = self.reader.line_num

    @property
    def fieldnames(self):
        self._read_header()
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names, self._header_read = value, True

    def __iter__(self):
        return self

    def __next__(self):
        self._read_header()
        values = []
        while not values:
            values = next(self.reader)
            self.line_num = self.reader.line_num
        names = self._names
        record = {}
        for k, name in enumerate(names):
            record[name] = values[k] if k < len(values) else self.restval
        if len(values) > len(names):
            record[self.restkey] = values[len(names):]
        return record


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _values(self, rowdict):
        if self.extrasaction == 'raise':
            extra = [key for key in rowdict if key not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(repr(k) for k in extra))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))
