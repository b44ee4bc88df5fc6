# async generators: no 'return' with a value, no 'yield from'
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("async def f():\n    yield 1\n    return 2")
check("async def f():\n    return 2\n    yield 1")
check("async def f():\n    yield 1\n    return")
check("async def f():\n    yield from x")
check("async def f():\n    x = yield from y")
