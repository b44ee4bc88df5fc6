# Condition as a producer/consumer channel: wait() in a loop, notify() after each item.
import threading

cond = threading.Condition()
items = []
consumed = []
DONE = object()

def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)

t = threading.Thread(target=consumer)
t.start()
for i in range(50):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(DONE)
    cond.notify()
t.join()
print(consumed == list(range(50)), len(consumed))
