# threading._register_atexit callbacks run when the main module ends, last registered first, before
# the non-daemon threads are joined (so a callback can tell a worker to stop).
import threading

stop = threading.Event()
def worker():
    stop.wait()
    print("worker saw stop")

threading.Thread(target=worker).start()

def first(tag):
    print("callback", tag)
def second(tag, *, extra):
    print("callback", tag, extra)
    stop.set()
def third():
    print("callback third")
    try:
        threading._register_atexit(print, "too late")
    except RuntimeError as e:
        print("RuntimeError:", e)

threading._register_atexit(first, "first")
threading._register_atexit(second, "second", extra="kw")
threading._register_atexit(third)
print("main module ends")
