# sys.exit() in the main thread still waits for non-daemon threads; the exit status is kept.
import sys, threading, time

def worker():
    time.sleep(0.05)
    print("worker finished")

threading.Thread(target=worker).start()
print("main exits with 3")
sys.exit(3)
