# the newline argument of StringIO
import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("   ", s.readlines())
print(io.StringIO("x\r\ny", newline=None).readlines())
for bad in ["x", 5]:
    try:
        io.StringIO(newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
