# functools.partial: bound positional and keyword arguments, flattening of nested partials, repr.
from functools import partial
p = partial(int, base=2)
print(p("101"), p("11", base=10), p.func, p.args, p.keywords)
add = lambda a, b, c=0: (a, b, c)
q = partial(add, 1)
print(q(2), q(2, 3), q(b=5), q(2, c=9))
r = partial(q, 2, c=7)
print(r(), r.func is add, r.args, r.keywords, r(c=8))
print(partial(print, 1, sep="-"), partial(partial(max, 1, key=abs), 3, default=4))
print(partial(sorted, reverse=True)([3, 1, 2]), partial(max)([1, 5, 2]), list(map(partial(pow, 2), range(5))))
s = partial(dict, a=1)
print(s(b=2), s(a=3), s())
p.attr = "x"
print(p.attr, p.__dict__, type(p).__name__, partial)
for f in [lambda: partial(), lambda: partial(1), lambda: q(1, 2, 3), lambda: p.nope]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
