# parameter kinds: positional-or-keyword, *args, **kwargs, keyword-only, positional-only
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return a, b, c, d, args, e, f, kwargs
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 7, 8, e=5, f=9, g=10, h=11))
print(f(1, 2, 3, e=5, a=100))
def star(*args):
    return args
def kws(**kwargs):
    return kwargs
print(star(), star(1), star(*[1, 2], 3, *(4,)))
print(kws(), kws(x=1), kws(**{"a": 1}, b=2), kws(**{"x y": 3}))
def kwonly(*, x, y=0):
    return x, y
print(kwonly(x=1), kwonly(y=2, x=3))
def posonly(x, y=2, /):
    return x, y
print(posonly(1), posonly(1, 3))
def both(a, *rest, **opts):
    return a, rest, opts
print(both(*range(4), **{"k": "v"}))
args = (1, 2)
kw = {"c": 3, "e": 5}
print(f(*args, **kw))
