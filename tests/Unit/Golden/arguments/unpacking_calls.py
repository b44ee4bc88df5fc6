# call-site unpacking: *iterables, **mappings, multiple stars, order of evaluation
def show(*args, **kwargs):
    print(args, kwargs)
show(*[1, 2], *"ab", *range(2))
show(**{"a": 1}, **{"b": 2})
show(1, *[2], 3, x=1, **{"y": 2}, z=3)
show(*(), **{})
show(*{5: "x"}, **dict(k="v"))
def first(n):
    print("eval", n)
    return n
show(first(1), *[first(2)], k=first(3), **{"m": first(4)})
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def pair(a, b):
    return a - b
print(pair(*[10, 3]), pair(**{"b": 3, "a": 10}), pair(*[10], b=1))
print(max(*[3, 9, 2]), "-".join([*"abc"]), print(*[1, 2], sep="+"))
