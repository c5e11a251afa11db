# When __del__ runs: at the `del` that drops the last reference (reference counting), not
# before; the objects only it held follow it, depth first, a list's items last first; one on
# a cycle waits for gc.collect(); whatever the globals still hold goes at exit.
import gc


class Tracked:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("finalized", self.label)


class Owner:
    def __init__(self):
        self.parts = [Tracked("part-1"), Tracked("part-2")]
        self.pair = (Tracked("left"), Tracked("right"))
        self.extra = {"spare": Tracked("spare")}

    def __del__(self):
        print("owner goes first")


first = Tracked("shared")
second = first
del first
print("one name left")
del second
print("after the last del")

owner = Owner()
del owner
print("---")


def work():
    temp = Tracked("local")
    del temp
    print("inside work, after del")
    kept = registry[0]
    del kept
    print("the registry still holds it")


registry = [Tracked("registered")]
work()

loop = Tracked("loop")
loop.self_ref = loop
del loop
print("a cycle survives del")
print(gc.collect() >= 1)


class Phoenix:
    def __del__(self):
        global rescued
        rescued = self
        print("Phoenix saved itself")


bird = Phoenix()
del bird
print(rescued is not None)
leftover = Tracked("at exit")
print("end of program")
