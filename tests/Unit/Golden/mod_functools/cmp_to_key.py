# cmp_to_key wraps an old-style comparison function for sorted/min/max.
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(a, b)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min([5, 2, 8], key=cmp_to_key(cmp)), max("abc", key=cmp_to_key(cmp)))
K = cmp_to_key(cmp)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a <= K(1), a != b, a.obj, b.obj)
for f in [lambda: K(1) < 2, lambda: hash(K(1)), lambda: cmp_to_key(), lambda: K()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
