# lang: bool is an int subclass, truthiness and None
print(True + True, True * 10, False - 1, int(True))
print(isinstance(True, int), type(True).__name__, True == 1, 1 + True == 2)
print(bool(0), bool(""), bool([]), bool({}), bool(None), bool(0.0), bool("0"), bool([0]))
print(None is None, None == False, repr(None), str(None))
x = None
print(x or "default", 0 or [] or "last", 1 and 2 and 3, 0 and 1)
print(not None, not 1, sum([True, False, True, True]))
def nothing():
    pass
print(nothing())
print(max(True, 2), [True, False].count(False))
