# open(): text files with `with`, binary files, the mode checks and the errors for missing files.
import os
name = "open_files_tmp.txt"
with open(name, "w") as f:
    n = f.write("line1\nline2\n")
    f.writelines(["a\n", "b\n"])
    print(n, f.closed, f.name, f.mode)
print(f.closed)
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    print("appended", file=f)
with open(name, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(name, "rb") as f:
    print(type(f).__name__, f.read(5), f.tell(), f.readline(), f.seek(0), f.read(3))
    print(len(f.readlines()), f.read())
binary = "open_files_tmp.bin"
with open(binary, "wb") as f:
    print(f.write(b"\x00\x01abc\n"), f.write(bytearray(b"xy")), type(f).__name__)
with open(binary, "ab") as f:
    f.write(b"\nend")
with open(binary, "rb") as f:
    print(f.read(2), list(f))
with open(binary, "r+b") as f:
    f.seek(2)
    f.write(b"ABC")
    f.seek(0)
    print(f.read(), f.seekable(), f.readable(), f.writable())
for mode, kwargs in [("rw", {}), ("rz", {}), ("rbt", {}), ("rr", {}), ("+", {}), ("rb", {"encoding": "utf-8"})]:
    try:
        open(binary, mode, **kwargs)
    except ValueError as e:
        print(repr(mode), e)
try:
    open(binary, "xb")
except FileExistsError as e:
    print(e)
with open(binary, "rb") as f:
    pass
try:
    f.read()
except ValueError as e:
    print(e)
try:
    with open(binary, "wb") as f:
        f.write("text")
except TypeError as e:
    print(e)
for path in ["open_files_missing.txt", "."]:
    for mode in ["r", "rb"]:
        try:
            open(path, mode)
        except OSError as e:
            print(type(e).__name__, e)
os.remove(name)
os.remove(binary)
print(os.path.exists(name), os.path.exists(binary))
