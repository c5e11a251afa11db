# a str subclass with its own __hash__ and __eq__ as dict key and set member: equal members meet, the dict keeps the first key object, plain strs that hash and compare alike find it
class Key(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return self.lower() == str(other).lower()


d = {Key("name"): 1}
print(d[Key("NAME")], Key("Name") in d, "name" in d, d.get("name"))
d[Key("NAME")] = 2
print(d, type(list(d)[0]).__name__)
s = {Key("A"), Key("a"), Key("b")}
print(len(s), Key("B") in s, sorted(s))
counts = {}
for word in "Red red RED blue".split():
    k = Key(word)
    counts[k] = counts.get(k, 0) + 1
print(counts)


class Tag(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Tag) and str.__eq__(self, other)


tags = {Tag("x"): "first", Tag("y"): "second"}
print(tags[Tag("x")], tags[Tag("y")], "x" in tags, len(tags), hash(Tag("q")))
