# 'import *' is only allowed at module level
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("from os import *")
check("def f():\n    from os import *")
check("class C:\n    from os import *")
check("def f():\n    class C:\n        from os.path import *")
