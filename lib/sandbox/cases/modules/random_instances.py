# random.Random instances: seeded generators independent of the module's functions and of each other
import random

random.seed(42)
module_draws = [random.random(), random.randint(1, 100), random.choice("abcdef")]
random.seed(42)
r = random.Random(42)
print(r.random() == module_draws[0], r.randint(1, 100) == module_draws[1], r.choice("abcdef") == module_draws[2])
print(random.random() == module_draws[0])

a = random.Random(7)
b = random.Random(7)
print(a.random(), a.randint(1, 6), a.randrange(0, 100, 5), a.choice(["x", "y", "z"]), a.uniform(1, 2))
print(b.random(), b.randint(1, 6), b.randrange(0, 100, 5), b.choice(["x", "y", "z"]), b.uniform(1, 2))
deck = list(range(10))
a.shuffle(deck)
print(deck, a.sample(range(20), 4), a.getrandbits(16), round(a.gauss(0, 1), 6))
a.seed(7)
print(a.random() == random.Random(7).random(), type(a).__name__, isinstance(a, random.Random))
random.seed(1)
c = random.Random(3)
x = random.random()
c.random()
random.seed(1)
print(x == random.random())


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(5)
print([d.roll() for _ in range(8)], [random.Random(5).randint(1, 6) for _ in range(2)])
