# len, abs, min, max with key/default, sum with start
print(len("abc"), len([1, 2]), len({}), len(range(7)), len(b"xy"), len({1, 2, 2}))
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a", "c"))
print(min([], default="empty"), max([], default=None), max([1, 2], default=0))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([(1, "b"), (1, "a")]), min([-3, 2, -1], key=abs), max([2, -3, 3], key=abs))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
print(sum([1.5, 2, True]), sum([], 5), sum([1 + 1j, 2]))
for bad in [lambda: min([]), lambda: max(), lambda: len(5), lambda: sum(["a", "b"], ""),
            lambda: max(1), lambda: abs("x"), lambda: min(1, 2, key=None, default=0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(max(1, 2, key=lambda x: -x), min(1, 2, key=None))
