# Done callbacks run in the worker that completes the future; a failing callback is logged and the
# other callbacks still run.
from concurrent.futures import ThreadPoolExecutor, Future
import io, re, sys, threading

seen = []
lock = threading.Lock()
def note(fut):
    with lock:
        seen.append((fut.result(), threading.current_thread().name.startswith("cb_")))

gate = threading.Event()
with ThreadPoolExecutor(2, thread_name_prefix="cb") as ex:
    fs = [ex.submit(lambda i=i: (gate.wait(), i)[1]) for i in range(4)]
    for f in fs:
        f.add_done_callback(note)
    gate.set()
print(sorted(seen))

def broken(fut):
    raise ValueError("callback broke")
f = Future()
f.add_done_callback(broken)
f.add_done_callback(lambda fut: print("second callback still ran"))
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
f.set_result(5)
sys.stderr = old
lines = buf.getvalue().splitlines()
print(re.sub(r"0x[0-9a-f]+", "ADDR", lines[0]))
print(lines[-1])
