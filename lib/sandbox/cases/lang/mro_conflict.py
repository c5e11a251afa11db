# MRO conflicts name the classes left unmerged, over two lines as 3.11 words it; duplicate bases
class A: pass
class B: pass
class X(A, B): pass
class Y(B, A): pass
try:
    class Z(X, Y): pass
except TypeError as exc:
    print(exc)
class O: pass
class P(O): pass
try:
    class Q(O, P): pass
except TypeError as exc:
    print(exc)
class C1: pass
class C2(C1, A): pass
class C3(A, C1): pass
try:
    class C4(C2, C3, X): pass
except TypeError as exc:
    print(exc)
try:
    class D(A, A): pass
except TypeError as exc:
    print(exc)
