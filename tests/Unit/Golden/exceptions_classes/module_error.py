# exceptions defined in another module print as module.Name in tracebacks
import errlib

try:
    errlib.fail("first")
except errlib.LibError as e:
    print(repr(e), type(e).__module__, type(e).__qualname__)

class Local(errlib.LibError):
    pass

print(Local.__module__, Local.__mro__[1])
errlib.fail("uncaught")
