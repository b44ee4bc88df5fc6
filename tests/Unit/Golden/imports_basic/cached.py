# A module body runs once; sys.modules caches it until the entry is removed.
import sys
import ib_counter
import ib_counter as again
print(ib_counter.value, again is ib_counter, sys.ib_runs)
first = sys.modules["ib_counter"]
del sys.modules["ib_counter"]
import ib_counter
print(ib_counter.value, ib_counter is first, first.value, sys.ib_runs)
def load():
    import ib_counter
    return ib_counter
print(load() is ib_counter, sys.ib_runs)
print(list(sys.modules).count("ib_counter"), "ib_counter" in sys.modules)
