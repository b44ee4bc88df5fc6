# Long sequences for many seeds: every draw must be CPython's (MT19937 state after 624+ words too).
import random
for seed in range(0, 200, 7):
    r = random.Random(seed)
    xs = [r.random() for _ in range(700)]
    print(seed, xs[0], xs[623], xs[624], xs[699], r.getrandbits(64), r.randrange(10**12))
