# lang: generator expressions are lazy and single-use
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]))
log = []
def noisy(x):
    log.append(x)
    return x
g2 = (noisy(x) for x in range(10))
print(log)
print(next(g2), next(g2), log)
print(any(noisy(x) > 4 for x in range(10)), log)
print(sorted((c for c in "banana"), reverse=True))
print(", ".join(str(i) for i in range(4)))
