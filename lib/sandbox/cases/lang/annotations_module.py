# module-level annotations: __annotations__ set up when the module annotates an assignment (nested blocks included, functions not), evaluated, or kept as text under from __future__ import annotations in lang/future_annotations
x: int = 3
y: "list[str]"
if True:
    z: dict = {}
class C:
    a: int
print(__annotations__, C.__annotations__)
def f():
    local: int = 1
    return local
print(f(), "local" in __annotations__)
