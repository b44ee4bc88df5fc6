# At exit the interpreter calls threading._shutdown() when 'threading' is in sys.modules (after an
# uncaught exception or sys.exit too), and an exception there is reported as unraisable.
import sys
import types

fake = types.ModuleType("threading")
calls = []


def _shutdown():
    print("threading._shutdown called", flush=True)
    raise RuntimeError("shutdown failed")


fake._shutdown = _shutdown
sys.modules["threading"] = fake
print("main body ends")
sys.exit(4)
