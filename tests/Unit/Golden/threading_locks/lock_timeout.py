# Timed acquires: False after the timeout while another thread holds the lock, True once it is free.
import threading

lock = threading.Lock()
held = threading.Event()
release = threading.Event()
def holder():
    with lock:
        held.set()
        release.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.acquire(timeout=0.02))
print(lock.acquire(True, 0.01))
print(lock.acquire(blocking=False))
release.set()
print(lock.acquire(timeout=5))
lock.release()
t.join()

# RLock and Semaphore timeouts as well
r = threading.RLock()
got = []
def other():
    got.append(r.acquire(timeout=0.02))
r.acquire()
t = threading.Thread(target=other); t.start(); t.join()
r.release()
t = threading.Thread(target=other); t.start(); t.join()
print(got)
