# duplicate argument names in def and lambda, whatever kind of parameter repeats
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("def f(a, a): pass")
check("def f(a, *, a): pass")
check("def f(a, /, a): pass")
check("def f(a, *a): pass")
check("def f(a, **a): pass")
check("lambda a, a: 1")
check("lambda *a, **a: 1")
check("def f(a, b, c, *d, e, **b): pass")
check("class C:\n    def m(self, self): pass")
