# 'await' outside (async) functions, and async constructs in the wrong place
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("await x")
check("def f():\n    await x")
check("def f():\n    async with x:\n        pass")
check("def f():\n    async for y in x:\n        pass")
check("async with x:\n    pass")
check("async for y in x:\n    pass")
check("async def f():\n    def g():\n        await x")
check("async def f():\n    await x\n    async with y:\n        pass")
check("class C:\n    await x")
