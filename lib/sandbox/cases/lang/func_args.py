# lang: default args, *args, **kwargs, keyword-only and positional-only parameters
def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def collect(a, *args, b=0, **kwargs):
    print(a, args, b, kwargs)
collect(1)
collect(1, 2, 3, b=4, c=5, d=6)
collect(*[7, 8], **{"b": 9, "z": 0})
def pos_only(x, y, /, z):
    return x + y + z
print(pos_only(1, 2, z=3))
def bad_default(item, acc=[]):
    acc.append(item)
    return acc
print(bad_default(1), bad_default(2))
def good_default(item, acc=None):
    acc = [] if acc is None else acc
    acc.append(item)
    return acc
print(good_default(1), good_default(2))
try:
    greet("Ed", "Hey", "?")
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
print(greet.__name__, greet.__defaults__, greet.__kwdefaults__)
