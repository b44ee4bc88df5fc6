# Daemon threads do not keep the program alive: these block forever, yet the program exits with 0.
import threading

never = threading.Event()
started = threading.Barrier(4)
def forever():
    started.wait()
    never.wait()

for i in range(3):
    threading.Thread(target=forever, daemon=True, name=f"d{i}").start()
started.wait()
print("daemons alive:", sum(t.daemon and t.is_alive() for t in threading.enumerate()))
print("main done")
