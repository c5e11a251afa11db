# `is` on int() results kept in lists: int() of a str is a new int, int() of an int (a name or a list item) is that int itself
nums = [int(t) for t in "1000 1000 7".split()]
print(nums[0] is nums[1], nums[0] == nums[1])
a = int(nums[0])
print(a is nums[0])
x = 5000
y = int(x)
print(y is x)
f = 1000.0
g = int(f)
h = int(f)
print(g is h, g == h)
vals = []
for tok in ["300", "300"]:
    vals.append(int(tok))
print(vals[0] is vals[1])
src = [5000, "5000"]
a0 = int(src[0])
a1 = int(src[1])
print(a0 is src[0], a1 is src[0], a1 == a0)
