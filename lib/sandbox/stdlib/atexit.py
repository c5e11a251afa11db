# atexit for the sandbox: functions registered here run when the main program ends, after
# the non-daemon threads have been joined, last registered first, as in CPython 3.11. An
# exception in one is reported ("Exception ignored in atexit callback") and the others still
# run. Child processes do not run them (CPython's fork children leave through os._exit). The
# code is the sandbox's own.
import sys
from _thread_core import _register_last_atexit
from _mp_core import _my_pid

_callbacks = []
_armed = False


def register(func, *args, **kwargs):
    global _armed
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    if not _armed and _my_pid() == 4000:
        _armed = True
        _register_last_atexit(_run_exitfuncs)
    return func


def unregister(func):
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    import threading
    me = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not me and not thread.daemon:
            thread.join()
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            traceback.print_exception(e, file=sys.stderr)
