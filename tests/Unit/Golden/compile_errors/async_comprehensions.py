# asynchronous comprehensions need an async function (a generator expression alone may be async)
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("[x async for x in y]")
check("def f():\n    return [x async for x in y]")
check("def f():\n    return {x: 1 async for x in y}")
check("def f():\n    return [await x for x in y]")
check("def f():\n    return (x async for x in y)")
check("async def f():\n    return [x async for x in y]")
check("async def f():\n    return [[x async for x in y] for z in w]")
check("def f():\n    return ([j async for j in i] for i in y)")
