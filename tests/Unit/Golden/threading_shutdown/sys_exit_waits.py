# sys.exit() in the main thread still waits for non-daemon threads; the exit status is kept.
import sys, threading, time

main = threading.main_thread()
def worker():
    main.join()             # released when the main thread reaches shutdown
    time.sleep(0.01)
    print("worker finished")

threading.Thread(target=worker).start()
print("main exits with 3")
sys.exit(3)
