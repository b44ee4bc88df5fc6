# itemgetter, attrgetter (dotted) and methodcaller, with their reprs.
import operator as op
g = op.itemgetter(1)
print(g([1, 2, 3]), g("xyz"), op.itemgetter(0, -1)("hello"), op.itemgetter("a", "b")({"a": 1, "b": 2}), op.itemgetter(slice(1, None))([5, 6, 7]))
print(g, op.itemgetter(1, "a"), op.itemgetter((1, 2)))
pts = [(1, "b"), (0, "c"), (2, "a")]
print(sorted(pts, key=op.itemgetter(1)), max(pts, key=op.itemgetter(0)), list(map(op.itemgetter(0), pts)))
f = op.attrgetter("real")
print(f(3), op.attrgetter("real", "imag")(3 + 4j), op.attrgetter("__class__.__name__")(1.5), f)
print(op.attrgetter("a", "b.c"), op.attrgetter("__name__")(len))
m = op.methodcaller("upper")
print(m("abc"), op.methodcaller("split", ",")("a,b,c"), op.methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
print(m, op.methodcaller("f", 1, "x", k=2), op.methodcaller("replace", "a", "b")("banana"))
print(type(g).__name__, op.itemgetter, op.attrgetter, op.methodcaller)
for t in [lambda: op.itemgetter(), lambda: g(), lambda: g([1, 2], 3), lambda: g(x=1), lambda: op.attrgetter(1), lambda: op.attrgetter(),
          lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.attrgetter("nope")(1), lambda: m("a", 1), lambda: g([])]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
