# lang: with-statement calls __enter__/__exit__, and __exit__ can suppress exceptions
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc}")
        return self.suppress
with Managed("a") as m:
    print("inside", m.name)
with Managed("outer"), Managed("inner"):
    print("nested body")
with Managed("quiet", suppress=True):
    raise ValueError("swallowed")
print("after quiet")
try:
    with Managed("loud"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Managed("ret"):
        return "returned"
print(early())
