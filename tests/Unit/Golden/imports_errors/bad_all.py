# A non-str item in a package's __all__ fails in importlib's _handle_fromlist.
import ie_pkg
print(ie_pkg.ok)
from ie_pkg import *
