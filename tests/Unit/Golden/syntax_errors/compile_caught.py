# SyntaxErrors raised by compile()/exec()/eval() can be caught; their attributes
for src in ["x = = 1", "def f(:\n pass", "1 +", "a b", "if x:\npass", "(1, 2", "f(**x, *y)", "x := 5", "del f()", "'abc"]:
    try:
        compile(src, "<src>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", repr(e.text))
try:
    eval("1 if")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("for x in 1 2: pass")
except SyntaxError as e:
    print(str(e))
