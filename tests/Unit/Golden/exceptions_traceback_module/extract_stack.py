# extract_stack / format_stack / print_stack and FrameSummary objects
import sys
import traceback

def a():
    return b()

def b():
    return c()

def c():
    stack = traceback.extract_stack()
    for fs in stack:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    print(len(traceback.extract_stack(limit=2)), [f.name for f in traceback.extract_stack(limit=2)])
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout, limit=1)
    frame = sys._getframe(1)
    print([f.name for f in traceback.extract_stack(frame)])
    print([(f.f_code.co_name, line) for f, line in traceback.walk_stack(frame)])
    return stack

s = a()
print(s[-1], s[-1].name, tuple(s[-1])[:3], len(s[-1]))
fs = traceback.FrameSummary("x.py", 10, "func", line="  return 1  ")
print(fs.line, fs == ("x.py", 10, "func", "return 1"), list(fs))
print(traceback.FrameSummary("nofile.py", 1, "f").line == "")
print(traceback.format_list([fs, ("y.py", 2, "g", "pass")]))
summary = traceback.StackSummary.from_list([("z.py", 3, "h", "x = 1")])
print(summary, summary.format())
traceback.print_stack()
