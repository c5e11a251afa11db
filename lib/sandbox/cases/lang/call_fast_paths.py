# Calls the VM takes off the stack without an argument array give what the ordinary call gives: str, len, abs and repr of one argument (dunders, bytes, subclasses, errors), and methods looked up on classes and their instances in turn
class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __str__(self):
        return "Box" + str(self.items)

    def __repr__(self):
        return "Box(%r)" % (self.items,)

    def __abs__(self):
        return sum(abs(x) for x in self.items)


class Name(str):
    pass


for v in [3, -2.5, "hi", b"raw", None, True, [1, "a"], (1,), {"k": 2}, Box([1, -2]), Name("n"), 2**70]:
    row = [str(v), repr(v)]
    try:
        row.append(len(v))
    except TypeError as e:
        row.append("TypeError: %s" % e)
    if not isinstance(v, str):
        try:
            row.append(abs(v))
        except TypeError as e:
            row.append("TypeError: %s" % e)
    print(row)

try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(str(), str(b"x", "ascii"), len(Name("abc")), repr(Name("q")))


class Meta(type):
    def describe(cls):
        return "class " + cls.__name__


class A(metaclass=Meta):
    def describe(self):
        return "an A"


for obj in [A, A(), A, A(), Meta]:
    try:
        print(obj.describe())
    except TypeError as e:
        print("TypeError:", e)
