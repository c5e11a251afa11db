# dis for the sandbox: it prints the sandbox's OWN bytecode, not CPython's.
#
# The sandbox compiles Python to its own instruction set (lib/sandbox/compile/opcodes.ts):
# many names follow CPython's where the meaning matches, but the numbers, the encodings and
# the instructions chosen differ, so a listing here never equals CPython 3.11's. Every
# listing starts with a line saying so. dis(), disassemble(), show_code() and code_info()
# take functions, methods, classes (each method) and source strings; opname/opmap list the
# sandbox's instructions. The code is the sandbox's own.
import sys
from _sandbox import disassemble as _disassemble, opcodes as _opcodes

__all__ = ["code_info", "dis", "disassemble", "distb", "show_code", "opname", "opmap"]

NOTE = "# the sandbox's own bytecode (lib/sandbox/compile/opcodes.ts), not CPython's instruction set"

opmap = {name: value for name, value in _opcodes()}
opname = ['<%r>' % (op,) for op in range(max(opmap.values()) + 1)]
for _name, _value in opmap.items():
    opname[_value] = _name


def _listing(x):
    if isinstance(x, type):
        parts = []
        for name, value in sorted(vars(x).items()):
            func = getattr(value, '__func__', value)
            if callable(func) and hasattr(func, '__code__'):
                parts.append(_disassemble(func))
        return '\n'.join(parts)
    if hasattr(x, '__func__'):
        x = x.__func__
    return _disassemble(x)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    if x is None:
        raise RuntimeError("no last traceback to disassemble")
    out = file if file is not None else sys.stdout
    print(NOTE, file=out)
    print(_listing(x).rstrip('\n'), file=out)


disassemble = dis
disco = dis


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    raise RuntimeError("no last traceback to disassemble")


def code_info(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    name = getattr(x, '__qualname__', getattr(x, '__name__', '?'))
    return f"{NOTE}\nName:              {name}\n" + _listing(x).split('\n', 1)[0]


def show_code(co, *, file=None):
    print(code_info(co), file=file if file is not None else sys.stdout)
