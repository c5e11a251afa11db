# a class's __module__ is its own (set on a base, or in a class body, it does not pass to subclasses); from package import submodule imports it
class A: pass
class B(A): pass
A.__module__ = "pkg.a"
print(A.__module__, B.__module__)
class C:
    __module__ = "custom"
class D(C): pass
print(C.__module__, D.__module__, repr(C), repr(D()).split(" object")[0])
from unittest import mock
from concurrent import futures
from os import path
print(mock.__name__, futures.__name__, path.__name__)
