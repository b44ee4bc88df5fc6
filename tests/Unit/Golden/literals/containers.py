# Container literals: lists, tuples, dicts, sets, nesting, trailing commas, empties
print([], (), {}, set())
print([1], (1,), {1: 2}, {1})
print([1, 2, 3,], (1, 2, 3,), {1: 'a', 2: 'b',}, {3, 2, 1,})
print([[1, [2, [3, []]]]])
print(((), ((),)), [(), []])
t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single)
print({'a': [1, 2], 'b': {'c': (3, 4)}})
print([*range(3), *"ab"], (*[1, 2], 3), {*(1, 2), 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print({1: 'a', True: 'b', 1.0: 'c'})
print({1, True, 1.0})
print(len([None] * 5), [0] * 0, [1, 2] * 2)
