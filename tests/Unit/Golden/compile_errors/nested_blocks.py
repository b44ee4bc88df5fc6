# at most 20 statically nested blocks (loops, try, with) in one code object
def nest(n, kind):
    src = ""
    for i in range(n):
        head = {"for": "for x%d in y:", "while": "while x%d:", "with": "with x%d:", "try": "try:"}[kind] % i if kind != "try" else "try:"
        src += " " * i + head + "\n"
    src += " " * n + "pass\n"
    if kind == "try":
        for i in range(n - 1, -1, -1):
            src += " " * i + "finally:\n" + " " * (i + 1) + "pass\n"
    return src

for kind in ["for", "while", "with", "try"]:
    for n in [20, 21]:
        try:
            compile(nest(n, kind), "<nest>", "exec")
            print(kind, n, "compiled")
        except SyntaxError as e:
            print(kind, n, e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
src = ""
for i in range(15):
    src += " " * i + "for x in y:\n"
src += " " * 15 + "def f():\n"
for i in range(15):
    src += " " * (16 + i) + "while z:\n"
src += " " * 31 + "pass\n"
compile(src, "<nest>", "exec")
print("a def starts a fresh block stack")
