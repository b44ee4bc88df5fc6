# annotation targets and yield/await inside annotations and defaults
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("x: (yield)")
check("def f(x: (yield)): pass")
check("def f() -> (yield): pass")
check("def f(x=(yield)): pass")
check("lambda x=(yield): 1")
check("def f():\n    def g(x=(yield)): pass")
check("def f():\n    x: int\n    nonlocal x")
check("(a, b): int")
check("[a]: int")
check("a + 1: int")
check("from __future__ import annotations\nx: undefined_name = 1\nprint(__annotations__)")
