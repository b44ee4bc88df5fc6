# task_done()/join(): join returns when every item put has been marked done by the workers.
import queue, threading

q = queue.Queue()
processed = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * 10)
        q.task_done()

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(30):
    q.put(i)
q.join()
print("joined with", len(processed), "processed;", q.unfinished_tasks, "unfinished")
for _ in ts:
    q.put(None)
q.join()
for t in ts: t.join()
print(sorted(processed) == [i * 10 for i in range(30)])

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)
q2 = queue.Queue()
q2.join()      # nothing put: returns at once
print("empty join ok")
