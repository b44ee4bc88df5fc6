# global declarations must come before any use or assignment of the name
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("def f():\n    x = 1\n    global x")
check("def f():\n    print(x)\n    global x")
check("def f(x):\n    global x")
check("def f():\n    x: int\n    global x")
check("def f():\n    global x\n    x: int = 1")
check("x = 1\nglobal x")
check("def f():\n    global x\n    global x\n    x = 2")
check("def f():\n    for x in y:\n        pass\n    global x")
