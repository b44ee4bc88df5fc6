# Thread misuse errors: start twice, join before start, join self, daemon after start, missing __init__.
import threading

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")

t = threading.Thread(target=lambda: None)
show(t.join)
t.start()
show(t.start)
t.join()
show(t.start)

def set_daemon():
    t.daemon = True
show(set_daemon)

def join_self():
    me = threading.current_thread()
    show(me.join)
j = threading.Thread(target=join_self)
j.start(); j.join()

show(lambda: threading.current_thread().join())

class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
show(n.start)
show(n.join)
def set_daemon_noinit():
    n.daemon = True
show(set_daemon_noinit)

# group must be None
show(lambda: threading.Thread(group="g"))
# keyword-only daemon
show(lambda: threading.Thread(None, None, "n", (), {}, True))
# join with a timeout on a finished thread returns at once
t2 = threading.Thread(target=lambda: None)
t2.start(); t2.join(); t2.join(0); t2.join(timeout=-5)
print("joined repeatedly:", t2.is_alive())
