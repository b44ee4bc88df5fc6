# unpacking is not allowed as the element of a comprehension
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("[*a for a in b]")
check("{*a for a in b}")
check("(*a for a in b)")
check("print(*a for a in b)")
check("{**a for a in b}")
check("{**a: 1 for a in b}")
check("[*a, *b]")
check("{**a, 'k': 1}")
