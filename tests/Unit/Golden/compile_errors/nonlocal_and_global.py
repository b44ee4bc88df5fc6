# a name cannot be both nonlocal and global, nor a parameter and nonlocal/global
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x")
check("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x")
check("def f(a, *b, **c):\n    global c")
check("def f():\n    def g(a):\n        nonlocal a")
check("lambda x: [x for x in y]")
