# copy for the sandbox: shallow and deep copies, with __copy__/__deepcopy__ hooks and a memo for
# shared and cyclic references.
class Error(Exception):
    pass

def _new_like(x, cls):
    # an instance of an int, float or str subclass is made by its class's __new__ from the value
    # it carries (what pickling's __getnewargs__ gives), then gets its attributes copied
    if isinstance(x, (int, float, str)):
        return cls.__new__(cls, *x.__getnewargs__())
    return object.__new__(cls)


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, frozenset, type(None), range, bytes) or isinstance(x, type):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    y = _new_like(x, cls)
    for k, v in vars(x).items():
        setattr(y, k, v)
    return y

def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, frozenset, type(None), range, bytes) or isinstance(x, type) or cls.__name__ in ("function", "builtin_function_or_method", "method"):
        return x
    if cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(v, memo) for v in x)
        return y
    if cls is tuple:
        y = tuple(deepcopy(v, memo) for v in x)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(v, memo) for v in x)
        memo[key] = y
        return y
    if hasattr(x, "__deepcopy__"):
        return x.__deepcopy__(memo)
    y = _new_like(x, cls)
    memo[key] = y
    for k, v in vars(x).items():
        setattr(y, k, deepcopy(v, memo))
    return y
