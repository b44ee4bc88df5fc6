# positions in StringIO count code points, also above U+FFFF
import io
s = io.StringIO("\U0001F600a\u00e9b")
print(s.read(1) == "\U0001F600", s.tell())
print(s.read(2), s.tell())
s.seek(0)
s.write("\U0001F601\U0001F602")
print(len(s.getvalue()), s.tell(), s.getvalue()[2:])
s = io.StringIO()
s.write("x")
s.seek(3)
s.write("y")
print(repr(s.getvalue()))
