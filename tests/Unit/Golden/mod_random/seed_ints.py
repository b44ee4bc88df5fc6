# random() sequences for small, negative and big integer seeds match CPython's MT19937 exactly.
import random
for s in [0, 1, 2, 42, 12345, -1, -42, 2**32, 2**32 - 1, 2**64 + 3, 10**40, -(10**25)]:
    random.seed(s)
    print(s, [random.random() for _ in range(5)])
