# `is` on strs and ints kept in lists: items of split() are new strs (one-character ones the cache's), a comprehension or append keeps each item's identity, sys.intern gives the shared copy, indexing, unpacking and iteration read them back
import sys

ok = "ok"
lines = ["ok,12", "error,7", "ok,3"]
statuses = [line.split(",")[0] for line in lines]
print(statuses[0] is statuses[2], statuses[0] == statuses[2], statuses[0] is ok)
statuses = [sys.intern(s) for s in statuses]
print(statuses[0] is statuses[2], statuses[0] is ok)

letters = "a,b,a,z,z".split(",")
a, z = "a", "z"
print(letters[0] is letters[2], letters[3] is letters[4], letters[0] is a, letters[3] is z)
print(sys.intern(letters[0]) is a)

words = "hello world hello".split()
print(words[0] is words[2], words[0] == words[2])
whole = "hello"
print(whole.split()[0] is whole, whole.split(",")[0] is whole)

cols = "id,name,id".split(",")
again = list("id,name,id".split(","))
print(cols[0] is cols[2], again[0] is cols[0], again[-1] is again[0])

nums = []
for i in range(3):
    nums.append(1000 + i - i)
print(nums[0] is nums[1], nums[0] == nums[1])
small = [x * 2 for x in range(3)]
two = 2
print(small[1] is two)

spam = "spam"
consts = ["spam", "spam", 5000, 5000]
print(consts[0] is consts[1], consts[2] is consts[3], consts[0] is spam)
p, q, r, s = consts
print(p is q, r is s, p is spam)

fresh = ["".join(["sp", "am"]), "spam"]
x, y = fresh
print(x is y, fresh[0] is fresh[1], fresh[1] is spam)
for item in fresh:
    print(item is spam)
k = sys.intern(fresh[0])
print(k is spam, k is fresh[1], k is fresh[0])

big = [int("1000"), int("1000")]
i = 1
print(big[0] is big[1], big[-1] is big[i])

def collect(text):
    out = []
    for part in text.split(";"):
        out.append(part.strip())
    return out[0] is out[1], out[0] == out[1]

print(collect("alpha beta; alpha beta"))

def tags():
    seen = [t.lower() for t in ["Red", "RED", "red"]]
    red = "red"
    return seen[0] is seen[1], seen[2] is red

print(tags())

names = []
for n in ["ann", "bob", "ann"]:
    names.append(n.title())
names.append("Ann")
ann = "Ann"
print(names[0] is names[2], names[3] is ann, names[0] is names[3])
ids = [sys.intern(n) for n in names]
print(ids[0] is ids[2], ids[0] is ann)

keys = "k1 k2 k1".split()
k1 = "k1"
for key in keys:
    print(key is keys[0], key is k1)

empty = "".split(",")
nothing = ""
print(empty[0] is nothing)
