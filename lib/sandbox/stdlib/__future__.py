# __future__ for the sandbox: the feature records CPython 3.11 documents (when each became
# optional and mandatory, its compiler flag). Importing a name from here is also what the
# compiler looks for: `from __future__ import annotations` keeps annotations as their source
# text (compile/compiler.ts); every other feature is the default behaviour in 3.11 already.
# The code is the sandbox's own.


class _Feature:
    def __init__(self, optional, mandatory, compiler_flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return f"_Feature({self.optional!r}, {self.mandatory!r}, {self.compiler_flag!r})"


_FEATURES = [
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), 0x0010),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), 0),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x20000),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), 0x40000),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), 0x80000),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x100000),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x200000),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), 0x400000),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), 0x800000),
    ("annotations", (3, 7, 0, "beta", 1), None, 0x1000000),
]

all_feature_names = [name for name, *_ in _FEATURES]
__all__ = ["all_feature_names"] + all_feature_names

for _name, _optional, _mandatory, _flag in _FEATURES:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
    globals()["CO_FUTURE_" + _name.upper()] = _flag
del _name, _optional, _mandatory, _flag
CO_NESTED = nested_scopes.compiler_flag
CO_GENERATOR_ALLOWED = 0
del CO_FUTURE_NESTED_SCOPES, CO_FUTURE_GENERATORS
CO_FUTURE_BARRY_AS_BDFL = CO_FUTURE_BARRY_AS_FLUFL
del CO_FUTURE_BARRY_AS_FLUFL
