# argument errors of StringIO
import io
s = io.StringIO()
tests = [
    lambda: io.StringIO(5),
    lambda: s.write(5),
    lambda: s.write(b"x"),
    lambda: s.read("a"),
    lambda: s.writelines(["a", 1]),
    lambda: s.fileno(),
    lambda: s.detach(),
]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
print(repr(s.getvalue()))
print(io.StringIO(None).getvalue() == "")
print(io.StringIO(initial_value="kw").read())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
