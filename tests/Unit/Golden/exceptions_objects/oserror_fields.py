# OSError: errno, strerror, filename(s), and the subclass chosen by errno

for args in [(2, "No such file"), (2, "No such file", "a.txt"), (13, "denied", "b", None, "c"),
             ("msg",), (1, 2, 3, 4, 5, 6), (None, "x"), (17, "exists"), (11, "again"), (32, "pipe"),
             (111, "refused"), (999, "unknown")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, "|", str(e))
print(type(OSError(2, "x")).__name__, type(OSError(21, "x")).__name__,
      type(OSError(10, "x")).__name__, type(OSError(110, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__)
b = BlockingIOError(11, "blocked", 5)
print(b.characters_written, b.args)
try:
    OSError().characters_written
except AttributeError as e:
    print("AttributeError", e)
e = OSError(2, "msg", "f")
e.errno = 5
e.filename = "g"
print(e, e.args)
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionResetError, ConnectionError))
raise FileNotFoundError(2, "No such file or directory", "missing.txt")
