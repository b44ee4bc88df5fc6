# list[int] and friends: reprs, equality, calling the origin, and isinstance/issubclass refusing them
cases = ['isinstance(1, int | list[int])', 'isinstance(1, list[int] | int)', 'isinstance("a", int | list[int])',
         'issubclass(int, str | list[str])', 'issubclass(int, list[str] | int)', 'issubclass(int, int | list[str])',
         'isinstance(1, (int, list[int]))', 'issubclass(int, list[str])', 'isinstance([], list[int])']
for c in cases:
    try:
        print(c, eval(c))
    except TypeError as e:
        print(c, 'TypeError', e)
a = dict[str, list[int]]
print(a, a.__origin__, a.__args__, a == dict[str, list[int]], a != dict[str, int])
print(list[int]("ab"), tuple[int, ...], type(list[int]).__name__)
