# syntax errors around yield: where a yield may not appear, and what CPython says about it.
cases = [
    "(yield from x for x in y)",
    "def f():\n    return [(yield) for x in y]",
    "async def f():\n    yield from x",
    "yield from x",
    "yield 1",
    "class C:\n    yield 1",
    "class C:\n    x = [(yield) for i in y]",
    "def f():\n    x = yield = 1",
    "def f():\n    (yield) = 1",
    "def f():\n    yield += 1",
    "def f():\n    (yield) += 1",
    "def f():\n    yield x: int",
    "def f():\n    yield : int = 1",
    "def f():\n    (yield): int",
    "def f():\n    del (yield)",
    "def f():\n    for (yield) in x: pass",
    "def f(a=(yield)): pass",
    "def f():\n    lambda: (yield)\n    return 1",
    "def f():\n    x = yield from",
    "def f():\n    {(yield) for x in y}",
    "def f():\n    {k: (yield) for k in y}",
    "def f():\n    ((yield) for x in y)",
    "def f():\n    [x for x in (yield)]",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
