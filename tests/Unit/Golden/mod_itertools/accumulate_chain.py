# accumulate with func and initial; chain and chain.from_iterable are lazy.
from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9], max)), list(accumulate([], initial=100)), list(accumulate([1, 2], initial=10)))
print(list(accumulate("abc")), list(accumulate([[1], [2]])), list(accumulate([1.5, 2, 3], lambda a, b: a * 2 + b)))
print(list(accumulate([5], None)), list(accumulate(iter([]))))
print(list(chain("ab", [1, 2], (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable(["ab", "cd", []])), list(chain.from_iterable([range(3), range(2)])))
c = chain([1], [2])
print(next(c), next(c), next(c, "end"))
print(type(c).__name__, chain, chain.from_iterable.__name__)
for t in [lambda: list(chain(1)), lambda: accumulate(), lambda: chain(x=1), lambda: chain.from_iterable(), lambda: list(accumulate([1, "a"]))]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
