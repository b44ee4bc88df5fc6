# reading a StringIO line by line in several ways
import io
data = "first\nsecond\n\nfourth\nlast"
f = io.StringIO(data)
while True:
    line = f.readline()
    if not line:
        break
    print(len(line), repr(line))
f.seek(0)
print([l.rstrip("\n") for l in f])
f.seek(0)
print(f.read(5), f.readline(), f.readlines(1), f.tell())
b = io.BytesIO(data.encode())
print([len(l) for l in b.readlines()])
print(b.tell(), b.seek(0, 2), b.read())
