# TracebackException captures an exception for later formatting
import sys
import traceback

def fail():
    try:
        {}["key"]
    except KeyError:
        raise ValueError("wrapped")

try:
    fail()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)

print(te.exc_type.__name__, str(te))
print(type(te.__context__).__name__, te.__context__.exc_type.__name__, te.__cause__)
print(te.__suppress_context__)
print([f.name for f in te.stack])
print(list(te.format_exception_only()))
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
te.print(file=sys.stdout)
te2 = traceback.TracebackException(type(e), e, None)
print(list(te2.format()))
te.print()
