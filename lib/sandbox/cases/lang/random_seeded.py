# random seeded like CPython: sample's pool and set methods, gauss's cached second value, a float seed hashed
import random
random.seed(7)
a = random.sample(range(2000), 1000)
b = random.sample(range(2000), 300)
print(sum(a), sum(b), b[:6], random.sample("abcdefghij", 4))
print([round(random.gauss(0, 1), 9) for _ in range(5)], round(random.gauss(10, 2), 9))
random.seed(2.5)
print(random.random(), random.randint(1, 6), random.choice("xyz"))
random.seed(7)
print(sum(random.sample(range(2000), 1000)) == sum(a))
