# inspect for the sandbox: signatures, the is* predicates, members, docs, source and the stack.
#
# What it reproduces from CPython 3.11's documented behaviour: signature() of functions,
# methods (self dropped), classes (from __init__) and functools.wraps wrappers, with
# Signature/Parameter reprs and str ("(a, b: int = 2, /, *args, c, **kw) -> bool"), bind()
# and bind_partial() with CPython's TypeErrors, apply_defaults(); iscoroutinefunction,
# isgeneratorfunction, isasyncgenfunction and the other predicates; getmembers, getdoc,
# cleandoc, getsource/getsourcelines (the def's lines, by indentation), getfile, getmodule,
# unwrap, stack()/currentframe() as far as the VM exposes frames (function name, file, line).
# Builtin functions have no signature here ("no signature found"). The code is the sandbox's
# own; parameter lists come from the VM (modules/sandbox-core.ts).
import sys
from _sandbox import code_info as _code_info, stack as _stack, main_source as _main_source

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512

_FunctionType = type(lambda: None)


class _empty:
    """Marker for a missing default or annotation."""


class _void:
    pass


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return f"<_ParameterKind.{self.name}: {self.value}>"

    def __str__(self):
        return self.name

    def __lt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return isinstance(other, _ParameterKind) and self.value == other.value

    def __hash__(self):
        return hash(self.value)

    def __int__(self):
        return self.value


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    # typing's special forms (Optional[int], Any) are written without the module
    from_typing = getattr(annotation, '__module__', None) == 'typing' or type(annotation).__module__ == 'typing'
    if from_typing:
        return repr(annotation).replace('typing.', '')
    if not isinstance(annotation, type):
        return repr(annotation)
    # a class is named by its qualified name, prefixed by its module unless that is builtins
    # (or the module the signature's function lives in)
    module = annotation.__module__
    prefix = '' if module in ('builtins', base_module) else module + '.'
    return prefix + annotation.__qualname__


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f"{text}: {formatannotation(self._annotation)}"
        if self._default is not _empty:
            text += f" = {self._default!r}" if self._annotation is not _empty else f"={self._default!r}"
        if self._kind is _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind is _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation))


class _ParametersView:
    """Signature.parameters: an ordered, read-only name -> Parameter mapping."""

    def __init__(self, params):
        self._params = {p.name: p for p in params}

    def __getitem__(self, name):
        return self._params[name]

    def __iter__(self):
        return iter(self._params)

    def __len__(self):
        return len(self._params)

    def __contains__(self, name):
        return name in self._params

    def keys(self):
        return self._params.keys()

    def values(self):
        return self._params.values()

    def items(self):
        return self._params.items()

    def get(self, name, default=None):
        return self._params.get(name, default)

    def __repr__(self):
        return 'mappingproxy(OrderedDict([' + ', '.join(f'({k!r}, {v!r})' for k, v in self._params.items()) + ']))'


class BoundArguments:
    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for param in self._signature.parameters.values():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.name not in self.arguments:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    break
                continue
            if param.kind is _VAR_POSITIONAL:
                out.extend(self.arguments[param.name])
            else:
                out.append(self.arguments[param.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for param in self._signature.parameters.values():
            if param.name not in self.arguments:
                continue
            if param.kind is _VAR_KEYWORD:
                out.update(self.arguments[param.name])
            elif param.kind is _KEYWORD_ONLY:
                out[param.name] = self.arguments[param.name]
        return out

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        return isinstance(other, BoundArguments) and self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<BoundArguments ({shown})>'


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        self._parameters = _ParametersView(parameters or ())
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(list(self._parameters.values()) if parameters is _void else parameters,
                          return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind is _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind is _VAR_POSITIONAL:
                star_needed = False
            elif kind is _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = f"({', '.join(parts)})"
        if self._return_annotation is not _empty:
            text += f" -> {formatannotation(self._return_annotation)}"
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self._return_annotation == other._return_annotation and \
            list(self._parameters.values()) == list(other._parameters.values())

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        positional = list(args)
        index = 0
        for param in params:
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                break
            if param.kind is _VAR_POSITIONAL:
                arguments[param.name] = tuple(positional[index:])
                index = len(positional)
                break
            if index < len(positional):
                if param.kind is not _POSITIONAL_ONLY and param.name in kwargs:
                    raise TypeError(f"multiple values for argument {param.name!r}")
                arguments[param.name] = positional[index]
                index += 1
        if index < len(positional):
            raise TypeError('too many positional arguments')
        extra = {}
        var_keyword = None
        for param in params:
            if param.kind is _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind is _VAR_POSITIONAL or param.name in arguments:
                continue
            if param.kind is _POSITIONAL_ONLY:
                if param.name in kwargs and not any(p.kind is _VAR_KEYWORD for p in params):
                    raise TypeError(f"{param.name!r} parameter is positional only, but was passed as a keyword")
                if param.default is _empty and not partial:
                    raise TypeError(f"missing a required argument: {param.name!r}")
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                raise TypeError(f"missing a required argument: {param.name!r}")
        if kwargs:
            if var_keyword is None:
                raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
            extra.update(kwargs)
            arguments[var_keyword.name] = extra
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)


def _function_signature(func, drop_first=False):
    info = _code_info(func)
    if info is None:
        raise ValueError(f"no signature found for {func!r}")
    annotations = getattr(func, '__annotations__', {}) or {}
    params = []
    for name, kind, has_default, default in info[0]:
        params.append(Parameter(name, _KINDS[kind], default=default if has_default else _empty,
                                annotation=annotations.get(name, _empty)))
    if drop_first:
        if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
            raise ValueError(f"invalid method signature")
        if params[0].kind is not _VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    explicit = getattr(obj, '__signature__', None)
    if explicit is not None:
        return explicit
    if isinstance(obj, _FunctionType):
        return _function_signature(obj)
    if ismethod(obj):
        return _function_signature(obj.__func__, drop_first=True) if isinstance(obj.__func__, _FunctionType) else \
            signature(obj.__func__).replace(parameters=list(signature(obj.__func__).parameters.values())[1:])
    if isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if isinstance(init, _FunctionType):
            return _function_signature(init, drop_first=True)
        new = obj.__dict__.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        if isinstance(new, _FunctionType):
            return _function_signature(new, drop_first=True)
        raise ValueError(f"no signature found for builtin type {obj!r}")
    from functools import partial
    if isinstance(obj, partial):
        full = signature(obj.func)
        bound = full.bind_partial(*obj.args, **obj.keywords)
        remaining = []
        for param in full.parameters.values():
            if param.name in bound.arguments and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
                if param.name in obj.keywords:
                    remaining.append(param.replace(kind=_KEYWORD_ONLY, default=obj.keywords[param.name]))
                continue
            remaining.append(param)
        return full.replace(parameters=remaining)
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, _FunctionType):
        return _function_signature(call, drop_first=True)
    raise ValueError(f"no signature found for builtin {obj!r}")


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations = [], None, None, [], [], {}, {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind is _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind is _KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not _empty:
                kwonlydefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs, kwonlydefaults or None, annotations)


from collections import namedtuple as _namedtuple
FullArgSpec = _namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
FrameInfo = _namedtuple('FrameInfo', ['frame', 'filename', 'lineno', 'function', 'code_context', 'index'])


# ---- predicates

def _flags(obj):
    info = _code_info(obj)
    return (False, False) if info is None else (info[1], info[2])


def _function_of(obj):
    while ismethod(obj):
        obj = obj.__func__
    from functools import partial
    while isinstance(obj, partial):
        obj = obj.func
    return obj


def isfunction(obj):
    return isinstance(obj, _FunctionType)


def ismethod(obj):
    return type(obj).__name__ == 'method'


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == 'module'


def isbuiltin(obj):
    return type(obj).__name__ in ('builtin_function_or_method',)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgeneratorfunction(obj):
    generator, coroutine = _flags(_function_of(obj))
    return generator and not coroutine


def iscoroutinefunction(obj):
    generator, coroutine = _flags(_function_of(obj))
    return (coroutine and not generator) or getattr(obj, '_is_coroutine_marker', None) is not None


def isasyncgenfunction(obj):
    generator, coroutine = _flags(_function_of(obj))
    return generator and coroutine


def isgenerator(obj):
    return type(obj).__name__ == 'generator'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def isasyncgen(obj):
    return type(obj).__name__ == 'async_generator'


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def iscode(obj):
    return False


def isframe(obj):
    return isinstance(obj, _Frame)


def istraceback(obj):
    return False


def isdatadescriptor(obj):
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__') or isinstance(obj, property)


def ismethoddescriptor(obj):
    return False


def markcoroutinefunction(func):
    func._is_coroutine_marker = True
    return func


# ---- members, docs, source

def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    # the first line loses its leading whitespace; the others lose the smallest indentation
    # found among those that are not blank; blank lines at either end go
    first, *rest = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in rest if line.lstrip()]
    cut = min(indents) if indents else 0
    kept = [first.lstrip()] + [line[cut:] for line in rest]
    start, end = 0, len(kept)
    while start < end and not kept[start]:
        start += 1
    while end > start and not kept[end - 1]:
        end -= 1
    return '\n'.join(kept[start:end])


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__dict__.get('__doc__')
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    return func


def _block_from(lines, start):
    """The lines of the definition starting at lines[start] (decorators first), by indentation."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    # the def line itself may come after decorators
    while end < len(lines) and lines[end - 1].lstrip().startswith('@'):
        end += 1
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
        if line.strip():
            last = end
    return lines[start:last]


def getsourcelines(obj):
    obj = unwrap(obj)
    if ismethod(obj):
        obj = obj.__func__
    if isinstance(obj, _FunctionType):
        info = _code_info(obj)
        lines = info[5].splitlines(True)
        return _block_from(lines, info[3] - 1), info[3]
    if isinstance(obj, type):
        source, _ = _main_source()
        lines = source.splitlines(True)
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + obj.__name__) and stripped[6 + len(obj.__name__):][:1] in ('(', ':'):
                start = i
                while start > 0 and lines[start - 1].lstrip().startswith('@'):
                    start -= 1
                return _block_from(lines, start), start + 1
        raise OSError('could not find class definition')
    if ismodule(obj):
        source, _ = _main_source()
        return source.splitlines(True), 0
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was expected, got {type(obj).__name__}')


def getsource(obj):
    return ''.join(getsourcelines(obj)[0])


def getfile(obj):
    if isinstance(obj, _FunctionType):
        return _code_info(obj)[4]
    if ismethod(obj):
        return getfile(obj.__func__)
    if isinstance(obj, type) or ismodule(obj):
        return _main_source()[1]
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was expected, got {type(obj).__name__}')


getsourcefile = getfile


def getmodule(obj):
    # the sandbox does not expose its module table (sys.modules)
    return None


def getcomments(obj):
    return None


# ---- frames: what the VM can tell about the running frames

class _Code:
    def __init__(self, name, filename, lineno):
        self.co_name = name
        self.co_filename = filename
        self.co_firstlineno = lineno


class _Frame:
    def __init__(self, entries, depth):
        filename, lineno, function, module, line = entries[depth]
        self.f_code = _Code(function, filename, lineno)
        self.f_lineno = lineno
        self._entries = entries
        self._depth = depth
        self.f_globals = {'__name__': module}

    @property
    def f_back(self):
        if self._depth + 1 < len(self._entries):
            return _Frame(self._entries, self._depth + 1)
        return None

    def __repr__(self):
        return f"<frame at {id(self):#x}, file {self.f_code.co_filename!r}, line {self.f_lineno}, code {self.f_code.co_name}>"


def currentframe():
    entries = _stack()
    return _Frame(entries, 0) if entries else None


def stack(context=1):
    entries = _stack()
    return [FrameInfo(_Frame(entries, i), e[0], e[1], e[2], [e[4] + '\n'] if context else None, 0 if context else None)
            for i, e in enumerate(entries)]


def getframeinfo(frame, context=1):
    e = frame._entries[frame._depth]
    return Traceback(e[0], e[1], e[2], [e[4] + '\n'] if context else None, 0 if context else None)


Traceback = _namedtuple('Traceback', 'filename lineno function code_context index')
