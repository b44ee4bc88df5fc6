# seek, tell and truncate rules of StringIO
import io
s = io.StringIO("0123456789")
print(s.seek(4), s.read(2), s.tell())
print(s.seek(0, 2), s.tell())
print(s.seek(0, 1))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("Z")
print(repr(s.getvalue()))
print(s.seek(2), s.truncate(), repr(s.getvalue()))
for args in [(1, 1), (-1, 2), (-1,), (0, 3), ("a",)]:
    try:
        s.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    s.truncate(-1)
except ValueError as e:
    print(e)
