# Module names and LOAD_GLOBAL read through the VM's per-instruction caches give what a fresh lookup gives: names rebound in loops, a builtin shadowed and unshadowed after a cached read, globals() writes, `global` stores, del


def total_len(xs):
    return len(xs) + bonus


bonus = 0
seen = []
for i in range(4):
    seen.append(len(seen) + i)
    bonus = bonus + i
    print(i, bonus, total_len(seen), str(i) * 2)


def len(x):
    return -1


print("shadowed:", len([1, 2, 3]), total_len([1]))
del len
print("builtin again:", len([1, 2, 3]), total_len([1]))

globals()["bonus"] = 100
print("via globals():", bonus, total_len([]))
globals().pop("bonus")
try:
    total_len([])
except NameError as e:
    print("NameError:", e)


def set_bonus(v):
    global bonus
    bonus = v


for v in (7, 8):
    set_bonus(v)
    print("global store:", bonus, total_len([0]))

counter = 0
for _ in range(3):
    counter += 1
    if counter == 2:
        del counter
        counter = 10
print("counter:", counter)
