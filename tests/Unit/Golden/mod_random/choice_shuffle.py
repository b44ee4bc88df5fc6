# choice indexes the sequence; shuffle swaps in place from the end (Fisher-Yates on _randbelow).
import random
r = random.Random(5)
print([r.choice("abcdefghij") for _ in range(12)])
print([r.choice((10, 20, 30)) for _ in range(6)], r.choice(range(1000, 2000)), r.choice([None]))
for n in [0, 1, 2, 5, 30]:
    xs = list(range(n))
    r.shuffle(xs)
    print(n, xs)
ba = bytearray(b"abcdefgh")
r.shuffle(ba)
print(ba)
for bad in [[], "", ()]:
    try:
        r.choice(bad)
    except IndexError as e:
        print("IndexError:", e)
for t in [lambda: r.choice(5), lambda: r.shuffle((1, 2, 3)), lambda: r.choice({1, 2})]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
