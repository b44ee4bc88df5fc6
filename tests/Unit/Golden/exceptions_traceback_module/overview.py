import traceback, sys
def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("---")
    print(traceback.format_exc(), end="")
    print("---")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs)
    print(traceback.extract_tb(e.__traceback__, limit=1))
    print(traceback.format_tb(e.__traceback__, limit=-1))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    traceback.print_exception(e, limit=1, file=sys.stdout)
    print(traceback.format_exception(type(e), e, None))
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    print([ (f.f_code.co_name, l) for f, l in traceback.walk_tb(e.__traceback__)])
def show():
    traceback.print_stack(file=sys.stdout)
    s = traceback.extract_stack()
    print([(f.name, f.lineno) for f in s])
    print(traceback.format_list(s))
show()
print(traceback.format_exc(), end="")
traceback.print_exc(file=sys.stdout)
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, fs.line, list(fs), fs == ("f.py", 3, "fn", "x = 1"), len(fs))
print(traceback.format_list([("a.py", 1, "m", "pass"), fs]))
try:
    try:
        {}["x"]
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as v:
    print("".join(traceback.format_exception(v, chain=False)), end="")
    print("".join(traceback.format_exception(v)), end="")
    te = traceback.TracebackException.from_exception(v)
    print("".join(te.format()), end="")
    print(te.exc_type, list(te.format_exception_only()), type(te.__cause__).__name__, str(te))
e = ValueError("no tb")
print(traceback.format_exception(e))
traceback.print_exc()
try:
    raise ExceptionGroup("eg", [ValueError("a\nb"), TypeError(1)])
except Exception as g:
    traceback.print_exception(g, file=sys.stdout)
