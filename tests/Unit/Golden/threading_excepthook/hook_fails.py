# If threading.excepthook itself raises, "Exception in threading.excepthook:" is printed and
# sys.excepthook reports the hook's error.
import io, sys, threading

def bad_hook(args):
    raise TypeError("the hook is broken")

threading.excepthook = bad_hook
captured = []
sys.excepthook = lambda t, v, tb: captured.append((t.__name__, str(v)))

buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
t = threading.Thread(target=lambda: 1 / 0)
t.start(); t.join()
sys.stderr = old
print(repr(buf.getvalue()))
print(captured)

# hook set to None after the thread was created: the hook current at its creation is used
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=lambda: [][0], name="nohook")
threading.excepthook = None
buf = io.StringIO()
sys.stderr = buf
t.start(); t.join()
sys.stderr = old
print(buf.getvalue().splitlines()[0])
print(buf.getvalue().splitlines()[-1])

# creating a thread while the hook is None fails
try:
    threading.Thread(target=print)
except RuntimeError as e:
    print("RuntimeError:", e)
sys.excepthook = sys.__excepthook__
