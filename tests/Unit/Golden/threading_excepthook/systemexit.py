# SystemExit raised in a thread ends that thread silently; the default hook prints nothing for it.
import sys, threading

order = []
def leave():
    order.append("before exit")
    sys.exit(5)
    order.append("never")

t = threading.Thread(target=leave)
t.start(); t.join()
print(order, t.is_alive())

def leave_raise():
    raise SystemExit("message is ignored")
t = threading.Thread(target=leave_raise)
t.start(); t.join()
print("still running, exit status stays 0")

# a custom hook does see SystemExit
got = []
threading.excepthook = lambda a: got.append(a.exc_type.__name__)
t = threading.Thread(target=leave)
t.start(); t.join()
print(got)
