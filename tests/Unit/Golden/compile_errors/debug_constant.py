# __debug__ is a constant: it cannot be assigned, deleted, bound as an argument or keyword
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("__debug__ = 1")
check("del __debug__")
check("def f():\n    __debug__ = 1")
check("def __debug__(): pass")
check("class __debug__: pass")
check("def f(__debug__): pass")
check("def f(*, __debug__): pass")
check("lambda **__debug__: 1")
check("f(__debug__=1)")
check("x.__debug__ = 1")
check("del x.__debug__")
check("import __debug__")
check("from m import x as __debug__")
check("(__debug__ := 1)")
check("for __debug__ in x: pass")
check("__debug__: int")
check("x.__debug__: int")
check("print(__debug__)")
