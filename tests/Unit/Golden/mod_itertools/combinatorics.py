# product, permutations, combinations and combinations_with_replacement in CPython's order.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:5], list(product()), list(product("ab", [])))
print(len(list(product("abc", "de", repeat=2))), list(product("ab", repeat=0)), list(product([1, 2], (3,), repeat=1)))
print(list(permutations("ABC")), list(permutations(range(4), 2))[:7], list(permutations("ab", 3)), list(permutations("ab", 0)))
print(list(permutations([])), len(list(permutations(range(5)))), list(permutations("abc", None))[-1])
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations([], 0)), len(list(combinations(range(10), 4))))
print(list(cwr("ABC", 2)), list(cwr([], 0)), list(cwr([], 2)), list(cwr("ab", 0)), len(list(cwr(range(5), 3))))
p = permutations("abcd")
print([next(p) for _ in range(8)])
for f in [lambda: product(1), lambda: product([1], repeat=-1), lambda: permutations([1], -1), lambda: permutations([1], 1.5),
          lambda: combinations([1]), lambda: combinations([1], -1), lambda: cwr([1]), lambda: product([1], x=1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
