# The program waits for non-daemon threads that are still running when the main module ends.
import threading, time

go = [threading.Event() for _ in range(4)]
def late(i):
    go[i].wait()            # set only after the main module has printed its last line
    time.sleep(0.01)
    print("worker", i, "finished")
    go[i + 1].set()

for i in range(3):
    threading.Thread(target=late, args=(i,)).start()
print("main module ends")
go[0].set()
