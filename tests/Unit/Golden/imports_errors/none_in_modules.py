import sys
sys.modules["ie_blocked"] = None
try:
    import ie_blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
from ie_blocked import x
