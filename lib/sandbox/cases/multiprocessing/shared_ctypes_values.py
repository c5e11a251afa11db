import multiprocessing as mp

arr = mp.Array("d", 2)
arr[1] = 2
v = mp.Value("d", 0)
print(list(arr), v.value, v)
for tc in 'bBhHiIlLqQ':
    a = mp.Array(tc, 2)
    shown = []
    for x in (2**40 + 5, -1, 300, 2**63 + 1, True):
        a[0] = x
        shown.append(a[0])
    try:
        a[0] = 2.5
    except TypeError as e:
        shown.append(str(e))
    print(tc, shown, repr(mp.Value(tc, -3)))
for tc in 'df':
    a = mp.Array(tc, [1, 2.5, 0.1])
    print(list(a), a[:], a[1:], repr(mp.Value(tc, 3)))
    try:
        a[0] = 'x'
    except TypeError as e:
        print("TypeError:", e)
a = mp.Array('c', 3)
print(a[:], a[0], a.value, a.raw)
a[0] = b'x'
print(a.value)
try:
    a[1] = 'y'
except TypeError as e:
    print("TypeError:", e)
a = mp.Array('c', b'hey')
print(list(a), a.value)
v = mp.Value('i', 7)
print(v, v.value)
v.value = 2**33 + 1
print(v.value)
print(mp.Value('c'), mp.Value('d'), mp.Value('b', 200).value)
print(mp.Array('i', 3)[:], len(mp.Array('d', range(4))))
for bad in (lambda: mp.Array('z', 3), lambda: mp.Value('i', 1.5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
a = mp.Array('i', 3)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
a[0:2] = [4, 5]
print(a[:])
try:
    a[0:2] = [1]
except ValueError as e:
    print("ValueError:", e)


def work(total, samples, i):
    with total.get_lock():
        total.value += 0.5 * i
    samples[i] = i / 4


if __name__ == "__main__":
    total = mp.Value('d', 0)
    samples = mp.Array('d', 4)
    ps = [mp.Process(target=work, args=(total, samples, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value, samples[:])
