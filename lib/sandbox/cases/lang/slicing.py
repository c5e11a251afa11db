# lang: slicing with negative indices and steps, and slice assignment
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3])
print(s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:1], s[100:], s[-100:2])
t = "abcdefgh"
print(t[::-1], t[::3], t[-2::-2], t[1:-1], t[:0] == "")
s[2:5] = ["x"]
print(s)
s[:2] = []
print(s)
s[::2] = [0] * len(s[::2])
print(s)
u = (1, 2, 3, 4)
print(u[1:3], u[::-1], type(u[1:2]).__name__)
sl = slice(1, 8, 3)
print(t[sl], sl.indices(5))
