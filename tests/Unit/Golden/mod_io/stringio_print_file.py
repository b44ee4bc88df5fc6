# print(..., file=StringIO) and with-statement usage
import io
with io.StringIO() as buf:
    print("a", 1, 2.5, sep="-", file=buf)
    print("no newline", end="", file=buf)
    print(file=buf)
    print(*range(5), file=buf)
    text = buf.getvalue()
print(repr(text))
print(buf.closed)
for op in ("read", "getvalue", "tell", "write"):
    try:
        if op == "write":
            buf.write("x")
        else:
            getattr(buf, op)()
    except ValueError as e:
        print(op, "->", type(e).__name__, e)
