# functools.reduce folds left; initial seeds the fold and is returned for an empty input.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, "abc"))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.add, [1, 2], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])))
for f in [lambda: reduce(), lambda: reduce(len), lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
          lambda: reduce(function=len, iterable=[1]), lambda: reduce(operator.add, [1, "a"]), lambda: reduce(1, 2, 3, 4)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
