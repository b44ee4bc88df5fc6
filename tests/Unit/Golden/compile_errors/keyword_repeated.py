# keyword arguments may not repeat, in calls and class definitions
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("f(a=1, a=2)")
check("f(a=1, b=2, **k, a=3)")
check("f(x, a=1, *y, a=2)")
check("class C(metaclass=M, metaclass=N): pass")
check("f(a=1)(a=2)")
check("f(\n    a=1,\n    a=2,\n)")
