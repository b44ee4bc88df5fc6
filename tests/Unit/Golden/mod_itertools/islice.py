# islice: stop only, start/stop/step, None bounds, and how much of the input it consumes.
from itertools import islice, count
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), 1, 9, 3)), list(islice(range(3), 5)), list(islice(range(3), 5, 10)), list(islice([], 0)))
print(list(islice(count(), None, 10, 4)), list(islice("abc", None)), list(islice("abc", 0)), list(islice("abcdef", 4, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",), (1, 2, 3, 4), (), (-2, 3), (0, 2, -1)]:
    try:
        print(list(islice("abc", *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
