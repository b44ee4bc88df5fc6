# assignment expressions inside comprehensions: the symbol table's restrictions
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("[i := 0 for i in range(3)]")
check("[[(i := 0) for j in x] for i in y]")
check("class C:\n    [(y := 1) for x in z]")
check("[x for x in (y := [1])]")
check("[x for y in z for x in (w := v)]")
check("[j for i in range(3) if (j := i)]")
check("def f():\n    [(k := i) for i in x]\n    return k")
