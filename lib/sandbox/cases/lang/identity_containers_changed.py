# `is` on list items after changes the sandbox cannot follow (reordering, item stores, aliases, +=, calls), and on the results of split and strip called on objects that are not exact strs: the identities are not guessed
x1 = "x1"

def made():
    return "".join(["x", "1"])

flipped = ["x1", made()]
flipped.reverse()
print(flipped[1] is x1)

stored = [made(), made()]
stored[0] = "x1"
print(stored[0] is x1)

alias_of = [made(), "x1"]
other = alias_of
other.sort(key=len, reverse=True)
other.insert(0, other.pop())
print(alias_of[0] is x1)

grown = [made()]
grown += ["x1"]
print(grown[1] is x1)

def swap(items):
    items[0], items[1] = items[1], items[0]

passed = [made(), "x1"]
swap(passed)
print(passed[0] is x1)

mixed = [made(), "x1"]
mixed.append(made()) or mixed.pop(0)
print(mixed[0] is x1)
class Fake:
    def split(self, sep):
        return ["ok", "ok"]
    def strip(self):
        return "ok"
f = Fake()
ok = "ok"
parts = f.split(",")
print(parts[0] is ok, parts[0] is parts[1])
s = f.strip()
print(s is ok)
class S(str):
    pass
t = S("ab,ab")
bits = t.split(",")
print(bits[0] is bits[1], bits[0] == bits[1])
