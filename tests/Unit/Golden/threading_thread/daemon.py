# The daemon flag: default inherited from the creating thread, explicit keyword, property before start.
import threading

t = threading.Thread(target=lambda: None)
print("main creates:", t.daemon)
t = threading.Thread(target=lambda: None, daemon=True)
print("explicit:", t.daemon)
t.daemon = False
print("changed before start:", t.daemon)

inherited = []
def creator():
    inner = threading.Thread(target=lambda: None)
    explicit = threading.Thread(target=lambda: None, daemon=False)
    inherited.append((inner.daemon, explicit.daemon))
d = threading.Thread(target=creator, daemon=True)
d.start(); d.join()
print("daemon creates:", inherited)

n = threading.Thread(target=creator)
n.start(); n.join()
print("non-daemon creates:", inherited[-1])

print("main thread daemon:", threading.main_thread().daemon)
print("isDaemon warns:", end=" ")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(d.isDaemon(), w[0].category.__name__, w[0].message)
