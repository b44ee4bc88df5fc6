# 'yield' and 'yield from' outside a function: module level, class bodies, lambdas are fine
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", e.text)

check("yield 1")
check("x = yield")
check("yield from range(3)")
check("class C:\n    yield 1")
check("class C:\n    x = [(yield 1)]")
check("f = lambda: (yield)")
check("def g():\n    yield 1\n    yield from g()")
