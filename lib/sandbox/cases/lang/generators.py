# lang: generators: yield, yield from, send, return value and close
def count_up(n):
    print("  start")
    for i in range(n):
        yield i
    print("  end")
    return "done"
g = count_up(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("  yield from returned", r)
    yield 3
print(list(outer()))
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
acc = accumulator()
print(next(acc), acc.send(10), acc.send(5), acc.send(1))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  generator closed")
gg = guarded()
print(next(gg))
gg.close()
print("after close")
