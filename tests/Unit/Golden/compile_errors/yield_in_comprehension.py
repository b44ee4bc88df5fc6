# 'yield' inside comprehensions and generator expressions is rejected by the symbol table
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", e.text, e.args)

check("def f():\n    return [(yield) for i in y]")
check("def f():\n    return {(yield) for i in y}")
check("def f():\n    return {(yield): 1 for i in y}")
check("def f():\n    return ((yield) for i in y)")
check("def f():\n    return [(yield from x) for i in y]")
check("def f():\n    return [i for i in (yield)]")
