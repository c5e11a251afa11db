from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, list(Perm(7)))
print(repr(Perm.R | Perm.W), repr(Perm(7)), str(Perm(7)), Perm(7).name)
print(repr(Perm.X | Perm.R), list(Perm.X | Perm.R), len(Perm(7)))
print(repr(~Perm.W), repr(~Perm(7)), str(~Perm(7)), bool(~Perm(7)), bool(Perm.R))
print(Perm.W in Perm(6), Perm.X in Perm(6), Perm(5) in Perm(7), Perm(0) in Perm.R)
print(repr(Perm(0)), str(Perm(0)), list(Perm(0)), Perm(0).name)
for p in Perm(3):
    print(" ", p, p.value)
print(list(Perm))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Color.RED | Color.BLUE), repr(Color(7)), list(Color(7)), list(Color))
class Mixed(Flag):
    B = 2
    A = 1
    C = 8
    D = 4
print(repr(Mixed(15)), list(Mixed(15)), list(Mixed), repr(~Mixed.A))
class Level(IntFlag):
    HIGH = 4
    LOW = 1
    MID = 2
print(repr(Level.LOW | Level.HIGH), list(Level(7)), repr(Level(7)), str(Level(7)), repr(Level(15)), repr(~Level.MID))
print(format(Perm.R | Perm.X), f"{Perm.R | Perm.X}")
