# modules: timeit with source statements, callables, globals, repeat and autorange on the clock; only comparisons with wide margins are printed
import timeit
small = timeit.timeit("for i in range(100): total = i", number=100)
big = timeit.timeit("for i in range(10000): total = i", number=100)
print(type(small).__name__, small > 0, big > small * 20)
def work():
    return [i * i for i in range(50)]
t1 = timeit.timeit(work, number=200)
t2 = timeit.timeit("work()", globals=globals(), number=200)
print(t1 > 0, t2 > 0, t2 / t1 < 5)
r = timeit.repeat("x = [1, 2, 3]\nx.append(4)", setup="import math", repeat=3, number=500)
print(len(r), all(v > 0 for v in r))
t = timeit.Timer("d[k]", setup="d = {i: i for i in range(100)}; k = 50")
n, taken = t.autorange()
print(n >= 1, taken >= 0.2, n in (1, 2, 5) or str(n)[0] in "125")
try:
    timeit.timeit("x = ", number=1)
except SyntaxError:
    print("SyntaxError")
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
import time
print(timeit.default_timer is time.perf_counter)
