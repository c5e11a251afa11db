# modules: heapq keeps CPython's sift order (same pops, same __lt__ calls); nlargest/nsmallest; merge with key and reverse
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["c", "bb"], ["aaa", "d"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
class P:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o):
        print("cmp", self.n, o.n)
        return self.p < o.p
hh = []
for i, p in enumerate([2, 1, 2, 1]):
    heapq.heappush(hh, P(p, i))
print([heapq.heappop(hh).n for _ in range(4)])
