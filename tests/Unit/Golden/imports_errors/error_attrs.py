# ImportError carries name and path; ModuleNotFoundError is its subclass.
import sys
try:
    from ie_body import nothing
except ZeroDivisionError as e:
    print("body failed first:", e)
import ie_pkg
try:
    from ie_pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, e.path.replace(sys.path[0] + "/", ""), e.msg.replace(sys.path[0] + "/", ""))
try:
    import ie_missing.sub.mod
except ImportError as e:
    print(type(e).__name__, e.name, e.path, isinstance(e, ImportError), e.args)
try:
    import ie_raises_import
except ImportError as e:
    print(e, e.name, "ie_raises_import" in sys.modules)
try:
    from sys import no_such_thing
except ImportError as e:
    print(e, e.name, e.path)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
