# lang: set.pop(), discard/remove then re-add (deleted slots reused) and clear() follow CPython's table
s = {x * 13 % 97 for x in range(30)}
print([s.pop() for _ in range(5)], s)
s.add(1000)
s.add(13)
print(s)
t = {1, 9, 17, 25, 33}
t.discard(9)
print(t)
t.add(41)
print(t)
t.add(9)
print(t)
t.remove(1)
t.remove(33)
t.add(33)
print(t, 33 in t, 1 in t)
u = set(range(16))
for i in range(0, 16, 2):
    u.discard(i)
u.update([100, 116, 132])
print(u)
while u:
    print(u.pop(), end=" ")
print()
v = {3, 11, 19, 27}
print(v.pop(), v.pop(), v)
v.clear()
v.update([1, 9, 17])
print(v, v.pop(), v)
w = set(range(40))
for i in range(35):
    w.discard(i)
w.add(100)
print(w)
for i in range(10):
    w.add(i * 64)
print(w)
x = {5, 6, 7}
print(x.pop(), x.pop(), x.pop(), x)
x.add(2)
x.add(6)
print(x.pop(), x)
try:
    set().pop()
except KeyError as err:
    print("KeyError", err)
