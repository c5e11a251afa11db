# callable() on every kind of callable object, bound methods included.
class Invoice:
    def total(self):
        return 1

    def __call__(self):
        return 2


class Plain:
    pass


inv = Invoice()
print(callable(inv.total), callable(Invoice.total), callable(inv))
print(callable(len), callable(Invoice), callable([].append), callable(lambda: 0))
print(callable(Plain()), callable(1), callable("text"), callable(None))
