# operator for the sandbox: the getters and the named forms of the operators.
def itemgetter(*items):
    if len(items) == 1:
        item = items[0]
        return lambda obj: obj[item]
    return lambda obj: tuple(obj[i] for i in items)
def attrgetter(*attrs):
    def get(obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj
    if len(attrs) == 1:
        return lambda obj: get(obj, attrs[0])
    return lambda obj: tuple(get(obj, a) for a in attrs)
def methodcaller(name, *args, **kwargs):
    return lambda obj: getattr(obj, name)(*args, **kwargs)
add = lambda a, b: a + b
sub = lambda a, b: a - b
mul = lambda a, b: a * b
truediv = lambda a, b: a / b
floordiv = lambda a, b: a // b
mod = lambda a, b: a % b
neg = lambda a: -a
eq = lambda a, b: a == b
lt = lambda a, b: a < b
gt = lambda a, b: a > b
