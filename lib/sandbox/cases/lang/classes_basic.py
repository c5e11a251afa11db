# lang: classes, instance vs class attributes, __str__ and __repr__
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
    def __str__(self):
        return f"a dog named {self.name}"
a = Dog("Rex", 3)
b = Dog("Fido")
print(a.speak(), b.speak())
print(a, repr(b), [a, b], str([a]))
print(Dog.count, a.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(f"{a}|{a!r}", "%s / %r" % (b, b))
print(type(a).__name__, isinstance(a, Dog), hasattr(a, "age"), getattr(a, "zzz", "no attr"))
setattr(b, "age", 7)
print(b.age, vars(b))
class Plain:
    pass
p = Plain()
p.x = 1
print(p.x, type(p).__name__, Plain.__name__)
