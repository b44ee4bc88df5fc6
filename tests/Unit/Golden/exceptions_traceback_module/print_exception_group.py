# traceback.print_exception on groups uses traceback.py's margins
import sys
import traceback

def task(n):
    raise ValueError(f"task {n}\nsecond line")

errors = []
for i in range(2):
    try:
        task(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("tasks", errors)
except ExceptionGroup as eg:
    eg.add_note("group note")
    traceback.print_exception(eg, file=sys.stdout)
    lines = traceback.format_exception(eg)
    print(len(lines))
    te = traceback.TracebackException.from_exception(eg)
    print([x.exc_type.__name__ for x in te.exceptions])
    traceback.print_exc()
