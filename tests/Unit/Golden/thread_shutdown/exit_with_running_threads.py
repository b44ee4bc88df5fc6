# The interpreter does not wait for threads started with _thread: the program ends while they still
# run (a spinning one and a sleeping one), and they never print after the main thread is done.
import _thread
import time

started = _thread.allocate_lock()
started.acquire()


def spin():
    started.release()
    while True:
        pass


def sleepy():
    started.release()
    time.sleep(0.3)
    print("sleepy woke up: must not be printed")


_thread.start_new_thread(spin, ())
started.acquire()
_thread.start_new_thread(sleepy, ())
started.acquire()
print("threads running:", _thread._count())
print("main done")
