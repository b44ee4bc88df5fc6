# The module-level functions share one instance: seeding it makes every function reproducible.
import random
random.seed(2023)
print(random.random(), random.uniform(2, 3), random.randint(1, 10), random.randrange(0, 50, 5), random.choice("xyz"))
print(random.sample(range(50), 5), random.choices("ab", k=4), random.gauss(), random.normalvariate(), random.expovariate(3))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.getrandbits(16), random.triangular(0, 1, 0.2), random.betavariate(1, 1), random.randbytes(3))
s = random.getstate()
a = random.random()
random.setstate(s)
print(a == random.random(), random.Random(2023).random() == random.Random(2023).random())
