# cancel() before the interval ends: the function never runs and the thread ends promptly.
import threading

called = []
t = threading.Timer(30, called.append, args=("fired",))
t.start()
t.cancel()
t.join(10)
print("alive:", t.is_alive(), "called:", called, "finished:", t.finished.is_set())

# cancel before start: start still runs the thread, which does nothing
t = threading.Timer(0.01, called.append, args=("fired",))
t.cancel()
t.start(); t.join()
print("called:", called)

# cancel after firing is harmless
t = threading.Timer(0, called.append, args=("fired",))
t.start(); t.join(); t.cancel()
print("called:", called)
