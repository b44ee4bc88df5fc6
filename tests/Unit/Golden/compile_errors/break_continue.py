# 'break' outside loop and 'continue' not properly in loop: function and class bodies end a loop
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", e.args)

check("break")
check("continue")
check("if x:\n    break")
check("for x in y:\n    def f():\n        break")
check("while x:\n    class C:\n        continue")
check("while x:\n    try:\n        pass\n    finally:\n        break")
check("for x in y:\n    with z:\n        continue")
check("for x in y:\n    pass\nelse:\n    break")
