# pickle for the sandbox: dumps/loads and dump/load with the binary protocols 2 to 5
# (DEFAULT_PROTOCOL 4, HIGHEST_PROTOCOL 5), Pickler/Unpickler classes, PicklingError and
# UnpicklingError.
#
# What it reproduces from CPython 3.11's documented format (the opcodes pickletools
# describes): None, bools, ints (BININT1/BININT2/BININT/LONG1/LONG4), floats (BINFLOAT), str
# and bytes by length class, tuples (TUPLE1-3 or MARK ... TUPLE), lists, dicts and sets with
# their batches of 1000 (APPENDS/SETITEMS/ADDITEMS, one item alone by APPEND/SETITEM),
# frozensets, the memo (MEMOIZE, BINGET/LONG_BINGET for repeated objects, so shared and
# recursive structures survive), classes and functions by reference (STACK_GLOBAL, refused when
# the name does not lead back to the object: lambdas and local functions), instances through
# __reduce_ex__ (NEWOBJ/NEWOBJ_EX plus BUILD of __dict__ or __getstate__(), or REDUCE of a
# __reduce__ tuple, with __setstate__ on loading), and protocol 4's 64 KiB frames. So a
# pickle of these values has CPython's bytes (datetime's types reduce to the packed states of
# CPython's C types for that reason).
# Protocols 0 and 1 (text) are not written or read. The code is the sandbox's own.
import io
import math
from _sandbox import import_module as _import_module

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'PickleBuffer', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class PickleBuffer:
    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return self._buffer

    def release(self):
        pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# opcodes (pickletools' names)
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
NONE = b'N'
BININT = b'J'
BININT1 = b'K'
BININT2 = b'M'
BINFLOAT = b'G'
BINUNICODE = b'X'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
BINBYTES8 = b'\x8e'
BYTEARRAY8 = b'\x96'
EMPTY_TUPLE = b')'
TUPLE = b't'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
EMPTY_LIST = b']'
APPEND = b'a'
APPENDS = b'e'
EMPTY_DICT = b'}'
SETITEM = b's'
SETITEMS = b'u'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
PROTO = b'\x80'
NEWOBJ = b'\x81'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
REDUCE = b'R'
BUILD = b'b'
BINGET = b'h'
LONG_BINGET = b'j'
BINPUT = b'q'
LONG_BINPUT = b'r'
GLOBAL = b'c'


def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _encode_long(x):
    # the fewest little-endian two's-complement bytes that hold x, and none at all for zero:
    # a value needs its magnitude's bits (of ~x when negative) plus one for the sign
    if not x:
        return b''
    magnitude = x if x > 0 else ~x
    size = (magnitude.bit_length() + 8) // 8
    return x.to_bytes(size, 'little', signed=True)


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _pack_double(x):
    """IEEE 754 binary64, big-endian (what BINFLOAT carries)."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if math.isnan(x):
        bits = 0x7ff8000000000000
    elif math.isinf(x):
        bits = 0x7ff0000000000000
    elif x == 0:
        bits = 0
    else:
        m, e = math.frexp(abs(x))
        exponent = e - 1 + 1023
        if exponent <= 0:
            bits = int(math.ldexp(abs(x), 1074))
        else:
            bits = (exponent << 52) | int(math.ldexp(m * 2 - 1, 52))
    return ((sign << 63) | bits).to_bytes(8, 'big')


def _unpack_double(data):
    bits = int.from_bytes(data, 'big')
    sign = -1.0 if bits >> 63 else 1.0
    exponent = (bits >> 52) & 0x7ff
    mantissa = bits & ((1 << 52) - 1)
    if exponent == 0x7ff:
        return math.nan if mantissa else sign * math.inf
    if exponent == 0:
        return sign * math.ldexp(float(mantissa), -1074)
    return sign * math.ldexp(float(mantissa | (1 << 52)), exponent - 1075)


def whichmodule(obj, name):
    return getattr(obj, '__module__', None) or '__main__'


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        obj = getattr(obj, subpath)
    return obj


class _Framer:
    def __init__(self, write):
        self.file_write = write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame is not None and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame is not None:
            f = self.current_frame
            if f.tell() >= _FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                if len(data) >= _FRAME_SIZE_MIN:
                    self.file_write(FRAME + _u64(len(data)))
                self.file_write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame is not None:
            return self.current_frame.write(data)
        return self.file_write(data)


class Pickler:
    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise ValueError("the sandbox's pickle writes protocols 2 to 5, not %d" % protocol)
        self._file_write = file.write
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = True
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        framer = self.framer
        if self.proto >= 4:
            framer.start_framing()
        self.save(obj)
        self.write(STOP)
        framer.end_framing()   # flushes the last frame, if framing started

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + _u32(idx))
        self.memo[id(obj)] = idx, obj

    def get(self, i):
        if i < 256:
            return BINGET + bytes([i])
        return LONG_BINGET + _u32(i)

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        if obj is None:
            return self.write(NONE)
        if t is bool:
            return self.write(NEWTRUE if obj else NEWFALSE)
        if t is int:
            return self.save_long(obj)
        if t is float:
            return self.write(BINFLOAT + _pack_double(obj))
        if t is str:
            return self.save_str(obj)
        if t is bytes:
            return self.save_bytes(obj)
        if t is bytearray and self.proto >= 5:
            self.write(BYTEARRAY8 + _u64(len(obj)) + bytes(obj))
            return self.memoize(obj)
        if t is tuple:
            return self.save_tuple(obj)
        if t is list:
            return self.save_list(obj)
        if t is dict:
            return self.save_dict(obj)
        if t is set:
            return self.save_set(obj)
        if t is frozenset:
            return self.save_frozenset(obj)
        if isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            return self.save_global(obj)
        return _save_object(self, obj)

    def save_long(self, obj):
        if obj >= 0:
            if obj <= 0xff:
                return self.write(BININT1 + bytes([obj]))
            if obj <= 0xffff:
                return self.write(BININT2 + obj.to_bytes(2, 'little'))
        if -0x80000000 <= obj <= 0x7fffffff:
            return self.write(BININT + obj.to_bytes(4, 'little', signed=True))
        encoded = _encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + bytes([n]) + encoded)
        else:
            self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)

    def save_str(self, obj):
        encoded = obj.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + _u64(n) + encoded)
        else:
            self.write(BINUNICODE + _u32(n) + encoded)
        self.memoize(obj)

    def save_bytes(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _u64(n) + obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            return self.write(EMPTY_TUPLE)
        n = len(obj)
        if n <= 3:
            for element in obj:
                self.save(element)
            if id(obj) in self.memo:
                # the tuple was reached through its own elements: drop the copy just built
                self.write(POP * n + self.get(self.memo[id(obj)][0]))
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))

    def _batch_appends(self, items):
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            chunk = items[start:start + _BATCHSIZE]
            if len(chunk) > 1:
                self.write(MARK)
                for x in chunk:
                    self.save(x)
                self.write(APPENDS)
            else:
                self.save(chunk[0])
                self.write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT)
        self.memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        items = list(items)
        for start in range(0, len(items), _BATCHSIZE):
            chunk = items[start:start + _BATCHSIZE]
            if len(chunk) > 1:
                self.write(MARK)
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            else:
                k, v = chunk[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            return self.save_reduce(set, (list(obj),), obj=obj)
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            return self.save_reduce(frozenset, (list(obj),), obj=obj)
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            module = _import_module(module_name)
            found = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            # equal strs are one object here, but a module name and a qualname are two in
            # CPython (datetime.datetime pickles "datetime" twice, not as a memo reference)
            if name == module_name:
                encoded = name.encode('utf-8', 'surrogatepass')
                self.write(SHORT_BINUNICODE + bytes([len(encoded)]) + encoded + MEMOIZE)
                # a memo slot of its own; later references go on naming the module string
                self.memo[('qualname', len(self.memo))] = (len(self.memo), name)
            else:
                self.save(name)
            self.write(STACK_GLOBAL)
        else:
            self.write(GLOBAL + bytes(module_name, 'utf-8') + b'\n' + bytes(name, 'utf-8') + b'\n')
        self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        func_name = getattr(func, "__name__", "")
        if func_name == "__newobj_ex__":
            cls, args, kwargs = args
            self.save(cls)
            self.save(args)
            self.save(kwargs)
            self.write(NEWOBJ_EX)
        elif func_name == "__newobj__":
            cls = args[0]
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        for extra, add in ((listitems, self._batch_appends), (dictitems, self._batch_setitems)):
            if extra is not None:
                add(extra)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            self.write(BUILD)
            return
        # state_setter(obj, state) is called for its effect; its result is popped
        for part in (state_setter, obj, state):
            self.save(part)
        self.write(TUPLE2 + REDUCE + POP)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__ for protocol 2 and up: rebuild with cls.__new__, then the state."""
    cls = type(obj)
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and getattr(type(obj), '__getstate__', None) is not None:
        state = getstate()
    else:
        state = getattr(obj, '__dict__', None) or None
        slots = []
        for klass in cls.__mro__:
            names = klass.__dict__.get('__slots__', ())
            if isinstance(names, str):
                names = (names,)
            for name in names:
                if name not in ('__dict__', '__weakref__') and hasattr(obj, name):
                    slots.append(name)
        if slots:
            state = (state, {name: getattr(obj, name) for name in slots})
    return (__newobj__, (cls,), state, None, None)


def _reduce_of(obj, proto):
    cls = type(obj)
    own = None
    for klass in cls.__mro__:
        if '__reduce_ex__' in klass.__dict__ and klass is not object:
            own = klass.__dict__['__reduce_ex__']
            break
        if '__reduce__' in klass.__dict__ and klass is not object:
            return obj.__reduce__()
    if own is not None:
        return obj.__reduce_ex__(proto)
    return _object_reduce_ex(obj, proto)


def _save_object(self, obj):
    """Pickler.save for instances: __reduce_ex__/__reduce__ if the class has them, else the default."""
    rv = _reduce_of(obj, self.proto)
    if isinstance(rv, str):
        return self.save_global(obj, rv)
    if not isinstance(rv, tuple):
        raise PicklingError("__reduce__ must return a string or tuple")
    if not (2 <= len(rv) <= 6):
        raise PicklingError("Tuple returned by __reduce__ must have two to six elements")
    self.save_reduce(obj=obj, *rv)


# ---------------------------------------------------------------- loading

class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._read = file.read
        self._readline = getattr(file, 'readline', None)
        self.memo = {}
        self.proto = 0

    def read(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def find_class(self, module, name):
        try:
            mod = _import_module(module)
        except ModuleNotFoundError:
            raise
        return _getattribute(mod, name)

    def load(self):
        self.stack = []
        self.metastack = []
        read = self.read
        while True:
            key = read(1)
            if not key:
                raise EOFError
            op = key[0]
            handler = _DISPATCH.get(op)
            if handler is None:
                raise UnpicklingError("invalid load key, '%s'." % chr(op) if 32 <= op < 127 else "invalid load key, '\\x%02x'." % op)
            try:
                handler(self)
            except _Stop as stop:
                return stop.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items


def _op(code):
    def register(f):
        _DISPATCH[code[0]] = f
        return f
    return register


_DISPATCH = {}


@_op(PROTO)
def _load_proto(self):
    proto = self.read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    self.proto = proto


@_op(FRAME)
def _load_frame(self):
    self.read(8)


@_op(STOP)
def _load_stop(self):
    raise _Stop(self.stack.pop())


@_op(MARK)
def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []


@_op(POP)
def _load_pop(self):
    if self.stack:
        self.stack.pop()
    else:
        self.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(self):
    self.pop_mark()


@_op(DUP)
def _load_dup(self):
    self.stack.append(self.stack[-1])


@_op(NONE)
def _load_none(self):
    self.stack.append(None)


@_op(NEWTRUE)
def _load_true(self):
    self.stack.append(True)


@_op(NEWFALSE)
def _load_false(self):
    self.stack.append(False)


@_op(BININT)
def _load_binint(self):
    self.stack.append(int.from_bytes(self.read(4), 'little', signed=True))


@_op(BININT1)
def _load_binint1(self):
    self.stack.append(self.read(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self.stack.append(int.from_bytes(self.read(2), 'little'))


@_op(LONG1)
def _load_long1(self):
    n = self.read(1)[0]
    self.stack.append(_decode_long(self.read(n)))


@_op(LONG4)
def _load_long4(self):
    n = int.from_bytes(self.read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    self.stack.append(_decode_long(self.read(n)))


@_op(BINFLOAT)
def _load_binfloat(self):
    self.stack.append(_unpack_double(self.read(8)))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self.read(1)[0]
    self.stack.append(self.read(n).decode('utf-8', 'surrogatepass'))


@_op(BINUNICODE)
def _load_binunicode(self):
    n = int.from_bytes(self.read(4), 'little')
    self.stack.append(self.read(n).decode('utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n = int.from_bytes(self.read(8), 'little')
    self.stack.append(self.read(n).decode('utf-8', 'surrogatepass'))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self.read(1)[0]
    self.stack.append(bytes(self.read(n)))


@_op(BINBYTES)
def _load_binbytes(self):
    n = int.from_bytes(self.read(4), 'little')
    self.stack.append(bytes(self.read(n)))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n = int.from_bytes(self.read(8), 'little')
    self.stack.append(bytes(self.read(n)))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n = int.from_bytes(self.read(8), 'little')
    self.stack.append(bytearray(self.read(n)))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.stack.append(())


@_op(TUPLE)
def _load_tuple(self):
    items = self.pop_mark()  # before reading self.stack: popping the mark replaces it
    self.stack.append(tuple(items))


@_op(TUPLE1)
def _load_tuple1(self):
    self.stack[-1] = (self.stack[-1],)


@_op(TUPLE2)
def _load_tuple2(self):
    self.stack[-2:] = [(self.stack[-2], self.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(self):
    self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self.stack.append([])


@_op(APPEND)
def _load_append(self):
    value = self.stack.pop()
    self.stack[-1].append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self.pop_mark()
    target = self.stack[-1]
    if isinstance(target, list):
        target.extend(items)
    else:
        for item in items:
            target.append(item)


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self.stack.append({})


@_op(SETITEM)
def _load_setitem(self):
    value = self.stack.pop()
    key = self.stack.pop()
    self.stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self.pop_mark()
    target = self.stack[-1]
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(EMPTY_SET)
def _load_empty_set(self):
    self.stack.append(set())


@_op(ADDITEMS)
def _load_additems(self):
    items = self.pop_mark()
    target = self.stack[-1]
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


@_op(FROZENSET)
def _load_frozenset(self):
    items = self.pop_mark()
    self.stack.append(frozenset(items))


@_op(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self.stack[-1]


@_op(BINPUT)
def _load_binput(self):
    self.memo[self.read(1)[0]] = self.stack[-1]


@_op(LONG_BINPUT)
def _load_long_binput(self):
    self.memo[int.from_bytes(self.read(4), 'little')] = self.stack[-1]


@_op(BINGET)
def _load_binget(self):
    i = self.read(1)[0]
    try:
        self.stack.append(self.memo[i])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % i) from None


@_op(LONG_BINGET)
def _load_long_binget(self):
    i = int.from_bytes(self.read(4), 'little')
    try:
        self.stack.append(self.memo[i])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % i) from None


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self.stack.pop()
    module = self.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    self.stack.append(self.find_class(module, name))


@_op(GLOBAL)
def _load_global(self):
    module = self._readline()[:-1].decode('utf-8')
    name = self._readline()[:-1].decode('utf-8')
    self.stack.append(self.find_class(module, name))


@_op(NEWOBJ)
def _load_newobj(self):
    args = self.stack.pop()
    cls = self.stack.pop()
    self.stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self.stack.pop()
    args = self.stack.pop()
    cls = self.stack.pop()
    self.stack.append(cls.__new__(cls, *args, **kwargs))


@_op(REDUCE)
def _load_reduce(self):
    args = self.stack.pop()
    func = self.stack[-1]
    self.stack[-1] = func(*args)


@_op(BUILD)
def _load_build(self):
    state = self.stack.pop()
    inst = self.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None and getattr(type(inst), '__setstate__', None) is not None:
        setstate(state)
        return
    # a pair is (the __dict__ entries, the slot values); either half may be None
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state:
        namespace = inst.__dict__
        for name, value in state.items():
            namespace[name] = value
    for name, value in (slot_values or {}).items():
        setattr(inst, name, value)


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


dump, dumps, load, loads = _dump, _dumps, _load, _loads
