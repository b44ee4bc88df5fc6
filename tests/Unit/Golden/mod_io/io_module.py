# names the io module provides
import io
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.StringIO, io.BytesIO)
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
print(io.UnsupportedOperation.__mro__)
import sys
print(isinstance(sys.stdout, io.TextIOWrapper))
out = io.StringIO()
out.write("line1\n")
out.writelines(["line2\n", "line3\n"])
sys.stdout.write(out.getvalue())
