# lang: operator overloading and container protocol dunders
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, abs(Vec(3, 4)), Vec(1, 1) == Vec(1, 1), Vec(1, 1) != Vec(1, 2))
print(bool(Vec(0, 0)), bool(Vec(0, 1)), Vec(1, 2) == (1, 2))
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        print(f"  __contains__({c!r})")
        return c in self.cards
d = Deck("AKQJ")
print(len(d), d[0], d[-1], d[1:3], "Q" in d, "2" in d)
print(list(d), [c for c in d], list(reversed(d)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
print(list(Countdown(4)), sum(Countdown(10)), 3 in Countdown(5))
try:
    Vec(1, 2) < Vec(3, 4)
except TypeError as e:
    print("TypeError:", e)
