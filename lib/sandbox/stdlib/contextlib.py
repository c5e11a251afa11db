# contextlib for the sandbox.
#
# What it reproduces from CPython 3.11's documented behaviour: contextmanager and
# asynccontextmanager (the generator's yield is the with body; an exception from the body is
# thrown in at the yield; the RuntimeErrors "generator didn't yield", "generator didn't stop"
# and "generator didn't stop after throw()"; usable as decorators), suppress, nullcontext,
# closing, aclosing, redirect_stdout/redirect_stderr (swap sys.stdout/sys.stderr, which print
# consults), ContextDecorator, and ExitStack/AsyncExitStack (callbacks last in, first out; an
# exception raised by one becomes the one the next callback sees, chained to the one before),
# and chdir (3.11: changes the current directory of the run's in-memory tree for the with body,
# then goes back; re-entrant). The code is the sandbox's own.
import sys
from functools import wraps


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that also decorates: each call of the decorated function runs inside
    the manager (a fresh one when _recreate_cm makes one)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


def _ended_by(raised, thrown):
    """After throwing `thrown` into a context manager's generator, which ended by raising
    `raised`: True to let the original exception propagate, False when `raised` is a new one
    that must propagate instead."""
    if raised is thrown:
        return True
    # a StopIteration thrown into a generator comes back as RuntimeError (PEP 479)
    if isinstance(raised, RuntimeError) and isinstance(thrown, (StopIteration, StopAsyncIteration)):
        return raised.__cause__ is thrown
    return False


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = exc_type()
        try:
            self.gen.throw(exc)
        except StopIteration as stop:
            # the generator caught the exception and finished: suppressed, unless what stopped
            # it is the very exception thrown in
            return stop is not exc
        except BaseException as raised:
            if _ended_by(raised, exc):
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = exc_type()
        try:
            await self.gen.athrow(exc)
        except StopAsyncIteration as stop:
            return stop is not exc
        except BaseException as raised:
            if _ended_by(raised, exc):
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    @wraps(func)
    def make_cm(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_cm


def asynccontextmanager(func):
    @wraps(func)
    def make_cm(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_cm


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self._kinds)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        return None


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class _SwapSysStream(AbstractContextManager):
    # which attribute of sys the subclass replaces
    _attr = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []  # a stack, so one object can be entered again while active

    def __enter__(self):
        self._saved.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_SwapSysStream):
    _attr = "stdout"


class redirect_stderr(_SwapSysStream):
    _attr = "stderr"


def _relink_context(new, old, frame_exc):
    """Makes `old` the exception `new` was raised during: follow new's __context__ chain until
    it reaches the exception active when the stack was exited and put `old` there."""
    if old is None:
        return
    link = new
    while True:
        ctx = link.__context__
        if ctx is None or ctx is old:
            return
        if ctx is frame_exc:
            break
        link = ctx
    link.__context__ = old


class _ExitStackBase:
    def __init__(self):
        # (is_async, exit function taking (exc_type, exc, tb)), run last first
        self._exits = []

    def pop_all(self):
        moved = type(self)()
        moved._exits = self._exits
        self._exits = []
        return moved

    def push(self, exit):
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._exits.append((False, exit))
        else:
            self._exits.append((False, lambda t, v, tb: method(exit, t, v, tb)))
        return exit

    def enter_context(self, cm):
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the context manager protocol") from None
        result = enter(cm)
        self._exits.append((False, lambda t, v, tb: leave(cm, t, v, tb)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def call_it(exc_type, exc, tb):
            callback(*args, **kwds)
        call_it.__wrapped__ = callback
        self._exits.append((False, call_it))
        return callback


class ExitStack(_ExitStackBase, AbstractContextManager):
    def __enter__(self):
        return self

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[1]
        current = received
        while self._exits:
            _, leave = self._exits.pop()
            try:
                if leave(None if current is None else type(current), current, None):
                    current = None
            except BaseException as raised:
                _relink_context(raised, current, received)
                current = raised
        if current is not None and current is not received:
            context = current.__context__
            try:
                raise current
            except BaseException:
                current.__context__ = context
                raise
        return received is not None and current is None


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    async def __aenter__(self):
        return self

    async def enter_async_context(self, cm):
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exits.append((True, lambda t, v, tb: leave(cm, t, v, tb)))
        return result

    def push_async_exit(self, exit):
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._exits.append((True, exit))
        else:
            self._exits.append((True, lambda t, v, tb: method(exit, t, v, tb)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def call_it(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_it.__wrapped__ = callback
        self._exits.append((True, call_it))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *exc_details):
        received = exc_details[1]
        current = received
        while self._exits:
            is_async, leave = self._exits.pop()
            try:
                outcome = leave(None if current is None else type(current), current, None)
                if is_async:
                    outcome = await outcome
                if outcome:
                    current = None
            except BaseException as raised:
                _relink_context(raised, current, received)
                current = raised
        if current is not None and current is not received:
            context = current.__context__
            try:
                raise current
            except BaseException:
                current.__context__ = context
                raise
        return received is not None and current is None
