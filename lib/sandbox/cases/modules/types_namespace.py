# modules: types.SimpleNamespace, MappingProxyType, new_class and the type names for isinstance
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), types.NoneType)
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), "k" in mp, list(mp.items()))
try:
    mp["x"] = 2
except TypeError as e:
    print("TypeError", e)
New = types.new_class("New", (C,), exec_body=lambda ns: ns.update(x=5))
print(New.x, New.__name__, issubclass(New, C))
