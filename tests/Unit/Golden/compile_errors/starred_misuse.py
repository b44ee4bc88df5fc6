# starred expressions where no unpacking can happen
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("*a")
check("x = *a")
check("print((*a))")
check("x = *a, *b")
check("del (*a,)")
check("return *a, b")
check("def f():\n    return *a, b")
check("x = 1 if 2 else *a")
check("a[*b, c]")
