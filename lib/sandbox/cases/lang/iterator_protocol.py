# lang: writing an iterator class with __iter__/__next__ and StopIteration
class Range2:
    def __init__(self, start, stop):
        self.cur = start
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
r = Range2(1, 4)
print(list(r), list(r))
for x in Range2(5, 7):
    print("got", x)
it = iter(Range2(0, 2))
print(next(it), next(it), next(it, None))
print(sum(Range2(1, 101)), sorted(Range2(0, 5), reverse=True), dict(zip(Range2(0, 3), "abc")))
a, b, c = Range2(7, 10)
print(a, b, c)
