# abc for the sandbox: ABC, ABCMeta and abstractmethod. Instantiating a class that still has
# abstract methods raises CPython's TypeError.
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj

def _abstract_names(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
            elif name in names:
                names.discard(name)
    return sorted(names)

class ABC:
    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{plural} {', '.join(missing)}")
        return object.__new__(cls)

ABCMeta = type
