# "import *" from threading, queue and concurrent.futures brings in their public names.
from threading import *
from queue import *
from concurrent.futures import *

print(Thread.__name__, Event.__name__, Barrier.__name__, Timer.__name__, BrokenBarrierError.__name__)
print(Queue.__name__, LifoQueue.__name__, PriorityQueue.__name__, SimpleQueue.__name__, Empty.__name__, Full.__name__)
print(ThreadPoolExecutor.__name__, Future.__name__, wait.__name__, as_completed.__name__, FIRST_COMPLETED)
with ThreadPoolExecutor(2) as ex:
    print(sorted(f.result() for f in as_completed([ex.submit(len, "ab"), ex.submit(len, "abc")])))
print(current_thread() is main_thread(), active_count())
