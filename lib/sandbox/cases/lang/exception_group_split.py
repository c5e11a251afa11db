# ExceptionGroup.split/subgroup/derive: nested shape kept, predicates, whole-group matches, custom derive
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(OSError)[0], repr(eg.split(OSError)[1]) == repr(eg))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(lambda e: True)[0] is eg)
match, rest = eg.split((ValueError, TypeError))
print(repr(match), repr(rest))
print(str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)

class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        return TaggedGroup(self.message + " (part)", excs)

tg = TaggedGroup("batch", [ValueError("a"), RuntimeError("b")])
m, r = tg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for args in [("x", [KeyboardInterrupt()]), (1, [ValueError()]), ("x", []), ("x", [1]), ("x", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("jobs", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError as e:
        print("handled", repr(e))
    except* TypeError as e:
        print("handled", repr(e))
except ExceptionGroup as e:
    print("left over", repr(e))
