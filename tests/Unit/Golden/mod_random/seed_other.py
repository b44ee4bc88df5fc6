# float and bool seeds use hash(); unsupported seed types raise TypeError; seed(None) is random.
import random
for s in [1.5, -2.25, 3.0, True, False, 1e300]:
    random.seed(s)
    print(s, random.random(), random.randint(0, 1000))
for bad in [[1], (1, 2), {1: 2}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError:", e)
random.seed(None)
x = random.random()
print(0.0 <= x < 1.0)
random.seed()
print(0.0 <= random.random() < 1.0)
