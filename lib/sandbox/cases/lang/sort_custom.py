# lang: sorted() uses __lt__; sort is stable; key and reverse
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"v{self.s}"
vs = [Version(s) for s in ["1.10", "1.2", "0.9.1", "1.2.0", "1.9"]]
print(sorted(vs), max(vs), min(vs))
print(sorted(vs, reverse=True))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name, key=lambda p: p[1]))
print(sorted("Hello World".split(), key=str.lower), sorted([3, -1, -4, 2], key=abs))
nums = [5, 3, 8]
nums.sort(key=lambda n: -n)
print(nums, sorted({3: "c", 1: "a"}), sorted("cab"))
