# modules: operator functions, in-place forms, dunder aliases, itemgetter/attrgetter/methodcaller with reprs
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.gt(3, 2), op.ge(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.inv(0), op.lshift(1, 4), op.rshift(16, 2), op.index(7), op.concat([1], [2]), op.contains("abc", "b"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"), op.getitem({"a": 1}, "a"), op.length_hint([1, 2, 3]), op.length_hint(type("H", (), {"__length_hint__": lambda self: 4})(), 9), op.length_hint(object(), 9), op.call(len, "xyz"))
d = {"k": 1}
op.setitem(d, "j", 2)
op.delitem(d, "k")
x = [1]
print(d, op.iadd(x, [2]), x, op.iadd(1, 2), op.imul("ab", 2), op.__add__(1, 1), op.__not__(1), op.__contains__([1], 1))
rows = [("b", 2, 3.5), ("a", 1, 9.0), ("c", 2, 0.5)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(2)(rows[0]), itemgetter(slice(0, 2))("hello"), itemgetter(1, 2), list(map(itemgetter("x"), [{"x": 5}])))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("ann", P("bob"))
print(attrgetter("name")(p), attrgetter("inner.name", "name")(p), attrgetter("name", "inner.name"), methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p), methodcaller("greet", "hi", punct="."))
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.add, [1, 2], [10, 20])), max([("a", 3), ("b", 7)], key=itemgetter(1)))
