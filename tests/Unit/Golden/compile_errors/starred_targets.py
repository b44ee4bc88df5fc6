# starred assignment targets: only inside a list or tuple, at most one per target
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("*a = 1")
check("*a, = 1")
check("*a, *b = c")
check("a, *b, *c = d")
check("[*a, *b] = c")
check("for *a, *b in c: pass")
check("with x as (a, *b, *c): pass")
check("[a, *b] = c")
check("a, (*b, *c) = d")
