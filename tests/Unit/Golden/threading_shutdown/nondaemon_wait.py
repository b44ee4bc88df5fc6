# The program waits for non-daemon threads that are still running when the main module ends.
import threading, time

def late(i):
    time.sleep(0.05 * (i + 1))
    print("worker", i, "finished")

for i in range(3):
    threading.Thread(target=late, args=(i,)).start()
print("main module ends")
