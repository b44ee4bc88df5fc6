# Event: is_set/set/clear, wait with and without timeout, the value wait() returns.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=0.0))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
print("set twice:", e.is_set())
e.clear()
print(e.is_set(), e.wait(0.001))
e.clear()
print("cleared twice:", e.is_set())

# set() from another thread releases a waiting main thread
def later():
    e.set()
t = threading.Thread(target=later)
t.start()
print("wait ->", e.wait(10))
t.join()
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(e.isSet(), w[0].category.__name__)
