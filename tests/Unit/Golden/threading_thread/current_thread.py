# current_thread, main_thread, enumerate and active_count while threads are alive and after.
import threading

print(threading.current_thread() is threading.main_thread())
print(type(threading.main_thread()).__name__)
print(threading.active_count(), [t.name for t in threading.enumerate()])

started = threading.Barrier(4)
release = threading.Event()
me = {}
def body(i):
    me[i] = threading.current_thread()
    started.wait()
    release.wait()

ts = [threading.Thread(target=body, args=(i,), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
started.wait()
print(all(me[i] is ts[i] for i in range(3)))
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts))
release.set()
for t in ts: t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread().name, threading.main_thread().is_alive())
print(threading.main_thread().daemon)
