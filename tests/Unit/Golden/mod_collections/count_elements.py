# _collections._count_elements tallies an iterable into a mapping (Counter's fast path).
from _collections import _count_elements
counts = {}
_count_elements(counts, "mississippi")
print(counts)
_count_elements(counts, ["s", "x"])
print(counts)
d = {"a": 10}
_count_elements(d, "aab")
print(d)
try:
    _count_elements(d, 5)
except TypeError as e:
    print("TypeError:", e)
