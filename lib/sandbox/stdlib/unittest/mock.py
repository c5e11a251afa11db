# unittest.mock for the sandbox: Mock, MagicMock, AsyncMock, NonCallableMock, PropertyMock,
# call, ANY, sentinel, DEFAULT, patch (as decorator and context manager, patch.object,
# patch.dict, patch.multiple) and seal.
#
# What it reproduces from CPython 3.11's documented behaviour: attributes spring into child
# mocks named after their path (mock.a.b), calls are recorded on the mock (call_args,
# call_args_list, call_count) and on its parents (mock_calls, method_calls) as `call` objects
# that compare by arguments and print as call.a.b(1, x=2); return_value is a child mock until
# set; side_effect raises an exception, steps through an iterable or calls a function (whose
# DEFAULT result falls back to return_value); spec/spec_set limit the attributes; the
# assert_* methods raise AssertionError with CPython's wording; MagicMock answers the magic
# methods with the documented defaults (len 0, iter empty, bool True, `with` returns the
# mock's __enter__ child ...); AsyncMock's calls return coroutines and record awaits
# (assert_awaited_once_with ...). patch resolves "package.module.name" by importing the module
# (the program itself is "__main__"). The code is the sandbox's own; create_autospec and
# mock_open are simplified (autospec checks only the attribute names).
import asyncio
import inspect
from _sandbox import import_module as _import_module

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
           'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
           'PropertyMock', 'seal')

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_args(name, args, kwargs):
    shown = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(shown))


class _Call(tuple):
    """A recorded (or expected) call: name, positional args, keyword args."""

    def __new__(cls, value=(), name=None, parent=None, two=False, from_kall=True):
        # the tuple holds (name, args, kwargs), or (args, kwargs) for call_args; `name` is the
        # path further attribute access and calls build on
        tname = ''
        if len(value) == 3:
            tname, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                tname, args, kwargs = first, second, {}
                if isinstance(second, dict):
                    args, kwargs = (), second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (only,) = value
            if isinstance(only, str):
                args, kwargs = (), {}
                tname = only
            elif isinstance(only, tuple):
                args, kwargs = only, {}
            else:
                args, kwargs = (), only
        else:
            args, kwargs = (), {}
        args = tuple(args)
        kwargs = dict(kwargs)
        self = tuple.__new__(cls, (args, kwargs) if two else (tname, args, kwargs))
        self._mock_name = name
        self._mock_args = args
        self._mock_kwargs = kwargs
        self._mock_parent = parent
        self._mock_from_kall = from_kall
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def args(self):
        return self._mock_args

    @property
    def kwargs(self):
        return self._mock_kwargs

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        other_name = ''
        if len_other == 2:
            other_args, other_kwargs = other
            if isinstance(other_args, str):
                other_name, other_args, other_kwargs = other_args, (), other_kwargs
                if not isinstance(other_kwargs, dict):
                    other_args, other_kwargs = other_kwargs, {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            (only,) = other
            if isinstance(only, str):
                other_name, other_args, other_kwargs = only, (), {}
            elif isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            else:
                other_args, other_kwargs = (), only
        elif len_other == 0:
            other_args, other_kwargs = (), {}
        else:
            return False
        self_name = self[0] if len(self) == 3 else ''
        if self_name and other_name and self_name != other_name:
            return False
        return (tuple(other_args), dict(other_kwargs)) == (self._mock_args, self._mock_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = object.__hash__

    def __call__(self, *args, **kwargs):
        # the bare `call` has no name: call(1) is a call of the mock itself, and call() leads
        # to its return value (call().x)
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('count', 'index'):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def call_list(self):
        return _CallList([self])

    def __repr__(self):
        if not self._mock_from_kall:
            return 'call' + ('.' + self._mock_name if self._mock_name else '')
        name = self[0] if len(self) == 3 else ''
        if name.startswith('()'):
            name = 'call' + name
        elif not name:
            name = 'call'
        else:
            name = 'call.' + name
        return _format_args(name, self._mock_args, self._mock_kwargs)


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _spec_names(spec):
    if isinstance(spec, (list, tuple)) and all(isinstance(n, str) for n in spec):
        return set(spec)
    return set(dir(spec))


class NonCallableMock:
    """A mock that records attribute use; Mock adds calling."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        spec_obj = spec_set if spec_set is not None else spec
        d['_spec_class'] = None
        d['_spec_names'] = None
        d['_spec_set'] = spec_set is not None
        if spec_obj is not None:
            d['_spec_names'] = _spec_names(spec_obj)
            if not (isinstance(spec_obj, (list, tuple)) and all(isinstance(n, str) for n in spec_obj)):
                d['_spec_class'] = spec_obj if isinstance(spec_obj, type) else type(spec_obj)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['call_args'] = None
        d['call_count'] = 0
        d['called'] = False
        self.configure_mock(**kwargs)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _extract_mock_name(self):
        names = []
        mock = self
        while mock is not None:
            own = mock._mock_new_name
            if mock._mock_name is not None and mock._mock_new_parent is None:
                names.append(mock._mock_name)
                break
            if own:
                names.append(own)
            mock = mock._mock_new_parent
        if mock is None:
            names.append('mock')
        names.reverse()
        text = ''
        for part in names:
            if not text:
                text = part
            elif part == '()' or part.startswith('()'):
                text += part
            else:
                text += '.' + part
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        shown = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec = '' if self._spec_class is None else ' %s=%r' % ('spec_set' if self._spec_set else 'spec', self._spec_class.__name__)
        return "<%s%s%s id='%d'>" % (type(self).__name__, shown, spec, id(self))

    def _get_child_mock(self, **kw):
        klass = type(self)
        if isinstance(self, AsyncMockMixin):
            klass = MagicMock if kw.get('_new_name') in _SYNC_MAGICS else AsyncMock
        elif issubclass(klass, NonCallableMagicMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        if self._mock_sealed:
            name = kw.get('name') or kw.get('_new_name', '')
            raise AttributeError(self._extract_mock_name() + '.' + name if name != '()' else self._extract_mock_name() + '()')
        return klass(**kw)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_spec_names', '_mock_children'):
            raise AttributeError(name)
        if self._spec_names is not None:
            if name not in self._spec_names:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            if self._mock_sealed:
                raise AttributeError(self._extract_mock_name() + '.' + name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if self._spec_set and self._spec_names is not None and name not in self._spec_names and name not in self.__dict__ and not name.startswith('_mock_'):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name == 'return_value':
            self.__dict__['_mock_return_value'] = value
            if isinstance(value, NonCallableMock):
                value.__dict__['_mock_new_parent'] = self
                value.__dict__['_mock_new_name'] = '()'
            return
        if name == 'side_effect':
            if value is not None and not callable(value) and not _is_exception(value):
                value = iter(value)
            self.__dict__['_mock_side_effect'] = value
            return
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None and value._mock_name is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = name
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_name'] = name
            self._mock_children[name] = value
            return
        if name in self._mock_children:
            self._mock_children[name] = value
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif self._mock_children.get(name) is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        own = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(list(type(self).__dict__) + own + list(self.__dict__)))

    @property
    def return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    @property
    def side_effect(self):
        return self._mock_side_effect

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock()
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self.__dict__['_spec_names'] = _spec_names(spec)
        self.__dict__['_spec_set'] = spec_set

    # ---- assertions

    def _call_repr(self, args, kwargs):
        return _format_args(self._mock_name or 'mock', args, kwargs)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, self.mock_calls)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._call_repr(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.' % (expected,))
        if _Call((args, kwargs), two=True) != self.call_args:
            expected = self._call_repr(args, kwargs)
            actual = self._call_repr(self.call_args.args, self.call_args.kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (expected, actual))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = [_Call(c, two=True) if not isinstance(c, _Call) else c for c in calls]
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %s\n  Actual: %r' % (_CallList(expected), all_calls))
            return
        missing, left_over = _take_matches(expected, all_calls)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(missing), left_over))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % self._call_repr(args, kwargs))


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] = self.call_count + 1
        this = _Call((args, kwargs), two=True)
        d['call_args'] = this
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # each ancestor records the call under the path from itself: call.a.b(1), call().x()
        name = self._mock_new_name
        parent = self._mock_new_parent
        while parent is not None:
            parent.mock_calls.append(_Call((name, args, kwargs)))
            above = parent._mock_new_name
            if above:
                name = above + ('' if name.startswith('()') else '.') + name
            parent = parent._mock_new_parent
        # method_calls: only along attribute links, not through return values
        method_name = self._mock_name
        child = self
        parent = self._mock_parent
        while parent is not None:
            parent.method_calls.append(_Call((method_name, args, kwargs)))
            if parent._mock_parent is None:
                break
            method_name = parent._mock_name + '.' + method_name
            child = parent
            parent = parent._mock_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            outcome = _side_effect_outcome(effect, args, kwargs)
            if outcome is not DEFAULT:
                return outcome
        # a return value set explicitly wins over the wrapped object
        if self._mock_return_value is DEFAULT and self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


def _take_matches(expected, actual):
    # each expected call uses up one equal actual call (any order); returns the expected calls
    # left without a match and the actual calls nobody matched
    unused = list(actual)
    missing = []
    for wanted in expected:
        if wanted in unused:
            unused.remove(wanted)
        else:
            missing.append(wanted)
    return missing, unused


def _side_effect_outcome(effect, args, kwargs):
    # an exception (class or instance) is raised; a callable is called with the mock's
    # arguments; anything else is an iterator whose next item is the result (raised when it
    # is an exception). DEFAULT means "use the return value".
    if _is_exception(effect):
        raise effect
    if callable(effect):
        return effect(*args, **kwargs)
    produced = next(effect)
    if _is_exception(produced):
        raise produced
    return produced


class Mock(CallableMixin, NonCallableMock):
    pass


def _magic_default(name, mock):
    defaults = {
        '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
        '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
        '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
        '__index__': 1, '__hash__': object.__hash__(mock), '__str__': object.__str__(mock),
        '__sizeof__': object.__sizeof__(mock) if hasattr(object, '__sizeof__') else 0,
        '__fspath__': "%s/%s" % (type(mock).__name__, id(mock)),
    }
    if name == '__iter__':
        return []
    if name == '__aiter__':
        return _AsyncIterator(iter([]))
    if name == '__eq__':
        return DEFAULT
    if name == '__ne__':
        return DEFAULT
    return defaults.get(name, DEFAULT)


_SYNC_MAGICS = {'__len__', '__iter__', '__contains__', '__bool__', '__int__', '__float__',
                '__complex__', '__index__', '__hash__', '__str__', '__sizeof__', '__enter__',
                '__exit__', '__getitem__', '__setitem__', '__delitem__', '__lt__', '__gt__',
                '__le__', '__ge__', '__fspath__', '__round__', '__floor__', '__ceil__', '__trunc__'}
_ASYNC_MAGICS = {'__aenter__', '__aexit__', '__anext__', '__aiter__'}


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _magic_child(self, name):
    child = self._mock_children.get(name)
    if child is None:
        klass = AsyncMock if name in ('__aenter__', '__aexit__', '__anext__') else MagicMock
        child = klass(_new_name=name, _new_parent=self, name=name, parent=self)
        default = _magic_default(name, self)
        if name == '__enter__':
            pass
        elif name == '__aenter__':
            pass
        elif default is not DEFAULT:
            child.__dict__['_mock_return_value'] = default
        self._mock_children[name] = child
    return child


def _make_magic(name):
    def method(self, *args, **kwargs):
        child = _magic_child(self, name)
        result = child(*args, **kwargs)
        if name == '__eq__' and result is DEFAULT:
            return self is args[0]
        if name == '__ne__' and result is DEFAULT:
            return self is not args[0]
        if name == '__iter__':
            return iter(result)
        return result
    method.__name__ = name
    return method


class MagicMixin:
    pass


_MAGICS = sorted(_SYNC_MAGICS | {'__eq__', '__ne__', '__aenter__', '__aexit__', '__anext__', '__aiter__'})
for _name in _MAGICS:
    if _name in ('__hash__', '__str__', '__sizeof__'):
        continue
    setattr(MagicMixin, _name, _make_magic(_name))
del _name


_MAGIC_NAMES = frozenset(_MAGICS)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def __getattribute__(self, name):
        # mm.__len__ is the child mock that len(mm) calls, so it can be configured
        if name in _MAGIC_NAMES:
            return _magic_child(self, name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name in _MAGICS:
            if isinstance(value, NonCallableMock):
                self._mock_children[name] = value
            else:
                child = _magic_child(self, name)
                child.__dict__['_mock_side_effect'] = lambda *a, **k: value(self, *a, **k)
            return
        NonCallableMock.__setattr__(self, name, value)

    def mock_add_spec(self, spec, spec_set=False):
        NonCallableMock.mock_add_spec(self, spec, spec_set)


class MagicMock(CallableMixin, NonCallableMagicMock):
    pass


class AsyncMockMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()
        d['_is_coroutine'] = asyncio.coroutines._is_coroutine if hasattr(asyncio.coroutines, '_is_coroutine') else True
        d['_is_coroutine_marker'] = True

    async def _execute_mock_call(self, *args, **kwargs):
        this = _Call((args, kwargs), two=True)
        d = self.__dict__
        d['await_count'] = self.await_count + 1
        d['await_args'] = this
        self.await_args_list.append(this)
        effect = self.side_effect
        if effect is not None:
            if asyncio.iscoroutinefunction(effect):
                outcome = await effect(*args, **kwargs)
            elif _is_exception(effect) or callable(effect):
                outcome = _side_effect_outcome(effect, args, kwargs)
            else:
                # an exhausted iterable ends the awaiting with StopAsyncIteration
                try:
                    outcome = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(outcome):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        wrapped = self._mock_wraps
        if self._mock_return_value is DEFAULT and wrapped is not None:
            if asyncio.iscoroutinefunction(wrapped):
                return await wrapped(*args, **kwargs)
            return wrapped(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited' % self._call_repr(args, kwargs))
        if _Call((args, kwargs), two=True) != self.await_args:
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s'
                                 % (self._call_repr(args, kwargs), self._call_repr(self.await_args.args, self.await_args.kwargs)))

    def assert_awaited_once_with(self, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in self.await_args_list:
            raise AssertionError('%s await not found' % self._call_repr(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = [_Call(c, two=True) if not isinstance(c, _Call) else c for c in calls]
        all_awaits = list(self.await_args_list)
        if not any_order:
            if expected not in _CallList(all_awaits):
                raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r' % (expected, self.await_args_list))
            return
        missing, _ = _take_matches(expected, all_awaits)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times." % (self._mock_name or 'mock', self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


class AsyncMock(AsyncMockMixin, CallableMixin, NonCallableMagicMock):
    pass


class PropertyMock(Mock):
    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    mock.__dict__['_mock_sealed'] = True
    for child in list(mock._mock_children.values()):
        if isinstance(child, NonCallableMock):
            seal(child)
    ret = mock.__dict__.get('_mock_return_value')
    if isinstance(ret, NonCallableMock):
        seal(ret)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    is_type = isinstance(spec, type)
    if inspect.iscoroutinefunction(spec):
        klass = AsyncMock
    elif callable(spec) and not instance:
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    kwargs.setdefault('name', _name)
    mock = klass(spec=spec, spec_set=spec_set, **kwargs) if not spec_set else klass(spec_set=spec, **kwargs)
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()')
    return mock


def mock_open(mock=None, read_data=''):
    lines = read_data.splitlines(True)
    if mock is None:
        mock = MagicMock(name='open', spec=None)
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.read.return_value = read_data
    handle.readline.side_effect = lines + [''] * 100
    handle.readlines.return_value = lines
    handle.__iter__.side_effect = lambda: iter(lines)
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------- patch

def _importer(target):
    parts = target.split('.')
    for i in range(len(parts), 0, -1):
        try:
            thing = _import_module('.'.join(parts[:i]))
        except ModuleNotFoundError:
            continue
        for part in parts[i:]:
            thing = getattr(thing, part)
        return thing
    raise ModuleNotFoundError("No module named %r" % parts[0])


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


class _patch:
    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.attribute_name = None
        self.additional_patchers = []
        self._active = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                      self.autospec, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith('test'):
                    attr = getattr(func, name)
                    if callable(attr):
                        setattr(func, name, self.copy()(attr))
            return func
        patcher = self
        if inspect.iscoroutinefunction(func):
            async def patched(*args, **kwargs):
                with patcher as new:
                    extra = (new,) if patcher.new is DEFAULT else ()
                    return await func(*args, *extra, **kwargs)
        else:
            def patched(*args, **kwargs):
                with patcher as new:
                    extra = (new,) if patcher.new is DEFAULT else ()
                    return func(*args, *extra, **kwargs)
        patched.__name__ = getattr(func, '__name__', 'patched')
        patched.__qualname__ = getattr(func, '__qualname__', patched.__name__)
        patched.__wrapped__ = func
        return patched

    def _make_new(self, original):
        if self.new is not DEFAULT:
            return self.new
        if self.autospec not in (None, False):
            spec = original if self.autospec is True else self.autospec
            return create_autospec(spec, spec_set=bool(self.spec_set), _name=self.attribute, **self.kwargs)
        if self.new_callable is not None:
            return self.new_callable(**self.kwargs)
        spec = self.spec
        if spec is True:
            spec = original
        spec_set = self.spec_set
        if spec_set is True:
            spec_set = original
        if inspect.iscoroutinefunction(original) and spec is None and spec_set is None:
            klass = AsyncMock
        else:
            klass = MagicMock
        kw = dict(self.kwargs)
        if spec is not None:
            kw['spec'] = spec
        if spec_set is not None:
            kw['spec_set'] = spec_set
        return klass(**kw)

    def __enter__(self):
        target = self.getter()
        try:
            original = getattr(target, self.attribute)
            local = self.attribute in getattr(target, '__dict__', {}) or not isinstance(target, type)
        except AttributeError:
            if not self.create:
                raise AttributeError("%r does not have the attribute %r" % (target, self.attribute))
            original, local = DEFAULT, False
        new = self._make_new(original)
        setattr(target, self.attribute, new)
        self._active.append((target, original, local))
        return new

    def __exit__(self, *exc_info):
        target, original, local = self._active.pop()
        if original is not DEFAULT and local:
            setattr(target, self.attribute, original)
        else:
            delattr(target, self.attribute)
            if original is not DEFAULT and not hasattr(target, self.attribute):
                setattr(target, self.attribute, original)
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        if self in _patch._active_patches:
            _patch._active_patches.remove(self)
        if not self._active:
            return None
        return self.__exit__(None, None, None)

    _active_patches = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return f
        patcher = self

        def patched(*args, **kw):
            with patcher:
                return f(*args, **kw)
        patched.__name__ = getattr(f, '__name__', 'patched')
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    getter = (lambda: _importer(target)) if type(target) is str else (lambda: target)
    items = list(kwargs.items())
    if not items:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')

    class _multi:
        def __enter__(self_inner):
            self_inner.patchers = [_patch(getter, k, v, spec, create, spec_set, autospec, new_callable, {}) for k, v in items]
            made = {}
            for (k, v), p in zip(items, self_inner.patchers):
                new = p.__enter__()
                if v is DEFAULT:
                    made[k] = new
            return made

        def __exit__(self_inner, *exc):
            for p in reversed(self_inner.patchers):
                p.__exit__(*exc)
            return False

        def __call__(self_inner, func):
            def patched(*args, **kw):
                with self_inner as made:
                    kw.update(made)
                    return func(*args, **kw)
            return patched

    return _multi()


def _patch_stopall():
    for patcher in reversed(list(_patch._active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
