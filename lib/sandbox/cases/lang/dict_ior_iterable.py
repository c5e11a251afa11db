a = {"x": 1}
a |= [("w", 0)]
print(a)
a |= {"y": 2}
a |= (("x", 5), ["z", 3])
print(a)
from collections import OrderedDict
class M:
    def keys(self):
        return ["u"]
    def __getitem__(self, k):
        return 9
a |= M()
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError:", e)
try:
    a |= [(1, 2, 3)]
except ValueError as e:
    print("ValueError:", e)
class D(dict):
    pass
d = D(a=1)
d |= [("b", 2)]
print(type(d).__name__, d)
o = OrderedDict(k=1)
o |= [("m", 2)]
print(o)
