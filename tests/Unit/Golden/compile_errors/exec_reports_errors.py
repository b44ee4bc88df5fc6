# compile-time errors raised through exec() and eval() carry the "<string>" location, no text
for src in ["return 5", "def f(a, a): pass", "break", "nonlocal q", "f(k=1, k=2)", "del __debug__"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.filename, e.lineno, e.offset, e.text)
try:
    eval("[(yield) for x in y]")
except SyntaxError as e:
    print(type(e).__name__, "|", e, "|", e.lineno, e.offset)
