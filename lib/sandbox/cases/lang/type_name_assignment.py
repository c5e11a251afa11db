# lang: assigning a class's __name__ renames it in its repr and error messages; types.MappingProxyType is the type CPython calls mappingproxy (also a dict view's .mapping)
class A:
    pass
A.__name__ = "B"
print(A, A.__name__, A.__qualname__, type(A()).__name__)
try:
    A().missing
except AttributeError as e:
    print(e)
import types
m = types.MappingProxyType({"a": 1})
print(type(m).__name__, type(m), types.MappingProxyType, type({}.keys().mapping).__qualname__)
try:
    m["b"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType(3)
except TypeError as e:
    print("TypeError:", e)
