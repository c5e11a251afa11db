# collections: ChainMap, Counter's multiset operators and comparisons, OrderedDict's order-aware equality and 3.11 repr
from collections import ChainMap, Counter, OrderedDict

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "alice"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), list(cfg), sorted(cfg.items()))
print(cfg)
print("user" in cfg, "nope" in cfg, cfg.get("nope", "-"), dict(cfg))
cfg["color"] = "blue"
print(cfg.maps[0], defaults["color"])
child = cfg.new_child({"user": "bob"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del child["user"]
print(child["user"])
try:
    del child["color"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), ChainMap({}).maps, bool(ChainMap({})), list(cfg.keys()), list(cfg.values()))
print(ChainMap({"a": 1}) | {"b": 2}, cfg.pop("color"), cfg.maps[0])

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a & b, a | b)
print(a + b, a - b)
print(+a, -a)
print(Counter("mississippi").most_common(2), Counter("abracadabra"))
c = Counter(a=2, b=3)
c -= Counter(b=5)
print(c)
c |= Counter(a=1, z=7)
print(c)
c &= Counter(z=2)
print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter({"x": 0, "y": -1}), Counter(), Counter(x=2).total(), sorted(Counter(x=2, y=1).elements()))

o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2), o1 != o2)
print(o1, OrderedDict(), repr(OrderedDict(x=[1, 2])))
o1.move_to_end("a")
print(o1, o1 == o2)
o1.move_to_end("a", last=False)
print(o1.popitem(), o1.popitem(last=False), o1)
print(OrderedDict.fromkeys("abc", 0) | {"d": 1})
