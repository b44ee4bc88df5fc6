# Thread reprs through their life: initial, started, stopped; daemon flag; ident shown once known.
import threading

def clean(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    return r

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="worker")
print(clean(t))
t.start()
print(clean(t))
gate.set()
t.join()
print(clean(t))

d = threading.Thread(target=lambda: None, name="d", daemon=True)
print(clean(d))
d.start(); d.join()
print(clean(d))

class Mine(threading.Thread):
    pass
print(clean(Mine(name="mine")))
print(clean(threading.main_thread()))

tm = threading.Timer(5, print)
print(clean(tm).replace(tm.name, "TIMER"))
tm.cancel()
