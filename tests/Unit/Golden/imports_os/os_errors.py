# Failing file operations raise the OSError subclass for their errno, with the file names.
import os
root = "os_errors_dir"
os.mkdir(root)
with open(root + "/f.txt", "w") as f:
    f.write("x")
try:
    os.makedirs(root)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
for fn, args in [(os.mkdir, (root,)), (os.rmdir, (root,)), (os.remove, (root,)), (os.listdir, (root + "/f.txt",)),
                 (os.remove, ("os_errors_nope.txt",)), (os.rename, ("os_errors_nope", "os_errors_nope2")),
                 (os.stat, ("os_errors_nope",)), (os.rmdir, ("os_errors_nope",)), (os.scandir, ("os_errors_nope",))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e)
try:
    open("os_errors_nope/x.txt")
except FileNotFoundError as e:
    print(e)
try:
    os.fspath(3)
except TypeError as e:
    print(e)
try:
    os.listdir(3.5)
except TypeError as e:
    print(e)
os.remove(root + "/f.txt")
os.rmdir(root)
print(os.path.exists(root))
