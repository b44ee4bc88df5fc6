# Subclasses of random.Random: __init__ seeds through the (overridable) seed method.
import random

class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a, version)

r = Logged(42)
print(r.random() == random.Random(42).random(), isinstance(r, random.Random), type(r).__name__)
r.seed(7)
print(r.randint(1, 100) == random.Random(7).randint(1, 100))

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(3)
print([d.roll() for _ in range(10)], d.getstate()[0])
d.name = "d6"
print(d.name)
