# errors raised by BytesIO
import io
b = io.BytesIO(b"abc")
tests = [
    lambda: io.BytesIO("text"),
    lambda: b.write("x"),
    lambda: b.seek(-1),
    lambda: b.seek(0, 5),
    lambda: b.truncate(-2),
    lambda: b.read("x"),
    lambda: b.fileno(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b"zz") as f:
    print(f.read())
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print(e)
