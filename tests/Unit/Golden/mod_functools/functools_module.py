# functools and _functools expose the same core callables.
import functools, _functools
print(functools.reduce is _functools.reduce or functools.reduce.__name__ == _functools.reduce.__name__)
print(functools.partial.__name__, _functools.cmp_to_key.__name__)
print(functools.reduce(lambda a, b: a - b, [10, 1, 2]))
