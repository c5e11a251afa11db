# gc.collect() frees unreachable reference cycles and what hangs from them, running __del__
# (reference counting alone cannot), oldest first; a cycle the program still reaches stays
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __del__(self):
        print("freeing", self.name)


print(gc.collect() >= 0)
a, b, c = Node("a"), Node("b"), Node("c")
a.links.append(b)
b.links.append(a)           # a <-> b, through lists
a.links.append(c)           # c hangs from the cycle
del a, b, c
print("after del")
found = gc.collect()
print(found >= 3, gc.collect())

keep = Node("keep")
other = Node("other")
keep.links.append(other)
other.links.append(keep)    # a cycle the program still reaches
del other
print(gc.collect(), keep.links[0].name)
keep = None
print(gc.collect() >= 2)
print("end")
