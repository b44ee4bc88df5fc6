# initializer(*initargs) runs once in each worker; a failing initializer breaks the pool.
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import io, sys, threading

local = threading.local()
inits = []
lock = threading.Lock()
def init(prefix):
    local.prefix = prefix
    with lock:
        inits.append(prefix)

with ThreadPoolExecutor(2, initializer=init, initargs=("p",)) as ex:
    out = set(ex.map(lambda x: local.prefix + str(x % 2), range(10)))
print(sorted(out), 1 <= len(inits) <= 2)

def bad_init():
    raise OSError("cannot initialize")

buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(print, "never")
try:
    f.result(timeout=10)
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(print, "never")
except BrokenThreadPool as e:
    print("submit after: BrokenThreadPool")
ex.shutdown()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print(issubclass(BrokenThreadPool, __import__("concurrent.futures").futures.BrokenExecutor))
