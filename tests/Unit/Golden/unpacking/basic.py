# unpacking assignment: tuples, lists, nested, swaps, starred targets, errors
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
x, *empty, y = 1, 2
print(x, empty, y)
((p, q), *r), s = [(1, 2), 3, 4], 5
print(p, q, r, s)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
m = n = o = 7
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"], d["b"] = "AB"
print(d)
for bad in ["a, b = 1, 2, 3", "a, b = [1]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = 1, 2"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
