# An uncaught exception in the main thread after threads ran: traceback and exit status 1, and the
# non-daemon thread still finishes afterwards.
import sys, threading

main = threading.main_thread()
def worker():
    main.join()             # released when the main thread reaches shutdown, after the traceback
    # stderr, like the traceback: one stream, so the order is the order of the writes
    print("worker finished", file=sys.stderr)

t = threading.Thread(target=worker)
t.start()
print("main raising")
raise RuntimeError("main failed")
