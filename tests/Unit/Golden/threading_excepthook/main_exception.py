# An uncaught exception in the main thread after threads ran: traceback and exit status 1, and the
# non-daemon thread still finishes first.
import threading

done = threading.Event()
def worker():
    done.wait()
    print("worker finished")

t = threading.Thread(target=worker)
t.start()
print("main raising")
done.set()
raise RuntimeError("main failed")
