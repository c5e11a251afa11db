# timeit for the sandbox: Timer, timeit, repeat and default_timer.
#
# What it reproduces from CPython 3.11's documented behaviour: stmt and setup as source text
# (several lines allowed) or callables, globals=, number and repeat, autorange (1, 2, 5, 10,
# 20, 50 ... loops until they take at least 0.2 s), and the timing function built around the
# statement so only its loop is timed. The timer is the sandbox's virtual clock
# (time.perf_counter), so the figures count the VM's instructions: they are reproducible from
# run to run, and compare like for like, but they are not CPython's timings. The code is the
# sandbox's own.
import time
from _sandbox import run_source as _run_source

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indented(text, spaces):
    return ('\n' + ' ' * spaces).join(text.split('\n'))


def _one_two_five():
    decade = 1
    while True:
        yield decade
        yield 2 * decade
        yield 5 * decade
        decade *= 10


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else dict(globals)
        pieces = {}
        for role, code in (('stmt', stmt), ('setup', setup)):
            if isinstance(code, str):
                pieces[role] = _indented(code, 8 if role == 'stmt' else 4)
            elif callable(code):
                namespace['_' + role] = code
                pieces[role] = f'_{role}()'
            else:
                raise ValueError(f"{role} is neither a string nor callable")
        source = (
            "def inner(_it, _timer):\n"
            f"    {pieces['setup']}\n"
            "    _t0 = _timer()\n"
            "    for _i in _it:\n"
            f"        {pieces['stmt']}\n"
            "    _t1 = _timer()\n"
            "    return _t1 - _t0\n"
        )
        self.src = source
        self.inner = _run_source(source, namespace, dummy_src_name)['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # loop counts 1, 2, 5, 10, 20, 50 … until one measurement reaches 0.2 s
        for number in _one_two_five():
            taken = self.timeit(number)
            if callback:
                callback(number, taken)
            if taken >= 0.2:
                return (number, taken)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
