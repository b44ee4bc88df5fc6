# Threads started by other threads while the program is shutting down are waited for too.
import threading, time

main = threading.main_thread()
printed = threading.Event()
def child():
    printed.wait()
    time.sleep(0.01)
    print("child finished")

def parent():
    main.join()             # returns once the main module has ended (threading._shutdown)
    threading.Thread(target=child).start()
    print("parent finished")
    printed.set()

threading.Thread(target=parent).start()
print("main module ends")
