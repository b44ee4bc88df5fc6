# randint/randrange use _randbelow's rejection sampling: identical integers for any range size.
import random
for seed in [1, 99, 31337]:
    r = random.Random(seed)
    print(seed, [r.randint(1, 6) for _ in range(15)])
    print(seed, [r.randrange(10) for _ in range(15)])
    print(seed, [r.randrange(5, 50, 5) for _ in range(8)], [r.randrange(100, 0, -7) for _ in range(8)])
    print(seed, r.randint(-10**20, 10**20), r.randrange(2**70), r.randint(0, 0), r.randrange(-3, 3))
