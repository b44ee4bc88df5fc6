# the errors builtin consumers raise for bad items coming out of a generator, and operations a
# generator does not support.
def gen(*vals):
    yield from vals
tests = [
    lambda: reversed(gen(1)),
    lambda: min(gen()),
    lambda: max(gen()),
    lambda: dict(gen(1, 2)),
    lambda: dict(gen((1, 2, 3))),
    lambda: dict(gen("ab", "abc")),
    lambda: list(zip(gen(1, 2), gen(1), strict=True)),
    lambda: list(zip(gen(1), gen(1, 2), strict=True)),
    lambda: list(zip(gen(1), gen(1), gen(1, 2, 3), strict=True)),
    lambda: ",".join(gen("a", 1)),
    lambda: sum(gen("a", "b"), ""),
    lambda: sum(gen([1], [2])),
    lambda: set(gen([1])),
    lambda: sorted(gen(1, "a")),
    lambda: list(map(int, gen("1", "x"))),
    lambda: bytes(gen(1, 300)),
    lambda: bytes(gen(1, "a")),
    lambda: frozenset(gen({})),
    lambda: tuple(gen(1, 2))[5],
    lambda: [a for a, b in gen((1, 2), (1,))],
    lambda: any(gen(1 / 1, None)) and next(gen()),
    lambda: list(enumerate(gen(1), start="x")),
    lambda: max(gen(1, 2), key=None, default=3, bad=1),
    lambda: min(gen(1), gen(2)),
    lambda: sum(gen(1.5, 2), start=1j),
    lambda: "".join(gen(b"x")),
    lambda: divmod(*gen(1)),
    lambda: complex(*gen(1, 2, 3)),
    lambda: list(filter(gen(), [1])),
    lambda: sorted(gen(3, 1), key=gen),
    lambda: print(*gen(1, 2), sep=gen()),
    lambda: list(iter(gen(1))) + gen(),
    lambda: gen() + gen(),
    lambda: gen() < gen(),
    lambda: -gen(),
    lambda: gen()(),
    lambda: gen().foo,
    lambda: setattr(gen(), "foo", 1),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
