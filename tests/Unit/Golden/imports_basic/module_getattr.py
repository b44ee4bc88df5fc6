# Module-level __getattr__ answers for missing names (PEP 562).
import ib_lazy
print(ib_lazy.known, ib_lazy.dyn_ab)
print(getattr(ib_lazy, "dyn_x"), hasattr(ib_lazy, "other"))
from ib_lazy import dyn_qq
print(dyn_qq)
try:
    ib_lazy.missing
except AttributeError as e:
    print(e)
try:
    from ib_lazy import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
