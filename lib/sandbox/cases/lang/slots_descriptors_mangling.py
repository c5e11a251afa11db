# __slots__ (no __dict__, member descriptors), user descriptors (data vs non-data) and private name mangling
class Point:
    __slots__ = ("x", "__secret")
    def __init__(self, x):
        self.x = x
        self.__secret = x * 2
    def reveal(self):
        return self.__secret

p = Point(3)
print(p.x, p.reveal(), p._Point__secret, Point.x, Point._Point__secret, Point.__slots__)
for action in [lambda: setattr(p, "y", 1), lambda: p.__dict__, lambda: vars(p), lambda: Point.__new__(Point).x]:
    try:
        print(action())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del p.x
print(hasattr(p, "x"), hasattr(p, "__dict__"))

class Point3(Point):
    pass
q = Point3(1)
q.z = 5
print(q.__dict__, q.x)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)

class Typed:
    """A data descriptor: checks the type on every assignment."""
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

class Lazy:
    """A non-data descriptor: the instance's own attribute wins once it exists."""
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        return "computed"

class Account:
    balance = Typed()
    note = Lazy()
    def __init__(self, balance):
        self.balance = balance

acct = Account(10)
print(acct.balance, acct.__dict__, type(Account.balance).__name__, Account.note, acct.note)
acct.note = "mine"
print(acct.note)
try:
    acct.balance = "lots"
except TypeError as e:
    print("TypeError", e)
acct.__dict__["balance"] = 99
print(acct.balance)

class _Base:
    def __init__(self):
        self.__token = "base"
        self.__dunder__ = "kept"
    def token(self):
        return self.__token

class Child(_Base):
    def __init__(self):
        super().__init__()
        self.__token = "child"
    def both(self):
        return self.__token, self.token()
    def __private(self):
        return "private"
    def call(self):
        return self.__private()

c = Child()
print(c.both(), sorted(vars(c)), c.call(), hasattr(c, "__private"), c._Child__private())
try:
    c.__token
except AttributeError as e:
    print("AttributeError", e)
