# Threads started by other threads while the program is shutting down are waited for too.
import threading, time

def child():
    time.sleep(0.03)
    print("child finished")

def parent():
    time.sleep(0.03)
    threading.Thread(target=child).start()
    print("parent finished")

threading.Thread(target=parent).start()
print("main module ends")
