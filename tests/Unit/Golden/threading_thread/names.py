# Default thread names: "Thread-N (target)" with one counter for the whole module, as 3.11 does.
import threading

def worker():
    pass

def other():
    pass

t1 = threading.Thread(target=worker)
t2 = threading.Thread()
t3 = threading.Thread(target=other)
t4 = threading.Thread(target=lambda: None)
print(t1.name); print(t2.name); print(t3.name); print(t4.name)

class Callable:
    def __call__(self):
        pass
t5 = threading.Thread(target=Callable())   # no __name__: no suffix
print(t5.name)

import functools
t6 = threading.Thread(target=functools.partial(worker))  # partial has no __name__
print(t6.name)

# explicit names; non-strings are converted; an empty name means the default
print(threading.Thread(name="custom").name)
print(repr(threading.Thread(name=42).name))
print(threading.Thread(name="", target=worker).name)

# renaming
t = threading.Thread(target=worker, name="first")
t.name = "second"
print(t.name)
t.name = 3.5
print(repr(t.name))

# the running thread sees its own name, renamed from inside too
seen = []
def rename_self():
    me = threading.current_thread()
    seen.append(me.name)
    me.name = "renamed-inside"
    seen.append(threading.current_thread().name)
t = threading.Thread(target=rename_self, name="orig")
t.start(); t.join()
print(seen, t.name)

print(threading.main_thread().name, threading.current_thread().name)
# Timer and Thread share the counter
tm = threading.Timer(1, worker)
print(tm.name)
print(threading.Thread(target=worker).name)
