# lang: collections deque, defaultdict and Counter
from collections import deque, defaultdict, Counter
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, list(window), len(window))
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"])
c2 = Counter(a=3, b=1) + Counter(a=1, c=2)
print(c2, sum(c2.values()), list(c2.elements()))
print(Counter([3, 1, 3, 2, 3, 1]).most_common())
