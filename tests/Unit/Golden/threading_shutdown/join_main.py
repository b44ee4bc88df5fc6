# A thread that joins the main thread is released when the main module ends.
import threading

main = threading.main_thread()
def watcher():
    main.join()
    print("main thread has ended:", not main.is_alive())

t = threading.Thread(target=watcher)
t.start()
t.join(0.05)
print("watcher still waiting:", t.is_alive())
print("main module ends")
