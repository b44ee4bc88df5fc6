# nonlocal: not at module level, must find a binding in an enclosing function
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("nonlocal x")
check("def f():\n    nonlocal x")
check("class C:\n    nonlocal x")
check("def f():\n    global y\n    y = 1\n    def g():\n        nonlocal y")
check("def f(x):\n    nonlocal x")
check("def f():\n    print(x)\n    nonlocal x")
check("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g")
check("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2")
