# == and != call the class's own __eq__/__ne__ even on the same object and return what it returns; containers may take identity as equality
class Loud:
    def __eq__(self, other):
        print("  __eq__ called")
        return "whatever __eq__ says"


loud = Loud()
print("loud == loud:", loud == loud)
print("loud != loud:", loud != loud)
print("[loud] == [loud]:", [loud] == [loud])
print("loud in [loud]:", loud in [loud])
print("[loud].count(loud):", [loud].count(loud))


class OnlyNe:
    def __ne__(self, other):
        return "from __ne__"


only = OnlyNe()
print(only != only, only == only, only != 3)


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())


class Never:
    def __eq__(self, other):
        return NotImplemented


n = Never()
print(n == n, n != n, n == Never())


class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"


print(Base() == Derived(), Derived() == Base(), Base() != Derived())
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], (nan,) != (nan,))
