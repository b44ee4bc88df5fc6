# Queue classes as generics, the exception classes, and the module's names.
import queue

print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[bytes])
print(queue.Empty, queue.Full)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
try:
    raise queue.Empty
except Exception as e:
    print(type(e).__name__, repr(e))
q = queue.Queue()
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.not_empty._lock is q.mutex,
      q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)
