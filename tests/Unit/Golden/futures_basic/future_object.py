# A bare Future: set_result/set_exception, InvalidStateError, cancel, callbacks, result timeouts.
import re
import concurrent.futures as cf
from concurrent.futures import Future

def clean(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", str(s))

f = Future()
print(clean(repr(f)), f.done(), f.running())
try:
    f.result(timeout=0.01)
except cf.TimeoutError:
    print("result timed out")
try:
    f.exception(timeout=0)
except cf.TimeoutError:
    print("exception timed out")
print(f.set_running_or_notify_cancel(), clean(repr(f)))
f.set_result([1, 2])
print(clean(repr(f)), f.result())
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", clean(e))
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", clean(e))

g = Future()
g.set_exception(KeyError("k"))
print(clean(repr(g)), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised KeyError", e)

c = Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), clean(repr(c)))
for call in (c.result, c.exception):
    try:
        call()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
print(c.set_running_or_notify_cancel(), clean(repr(c)))
import io, sys
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
try:
    c.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stderr = old
print("logged:", re.sub(r"[0-9]+", "ID", buf.getvalue().strip()))

calls = []
h = Future()
h.add_done_callback(lambda fut: calls.append(("first", fut.result())))
h.add_done_callback(lambda fut: calls.append(("second", fut.result())))
h.set_result("R")
h.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)
k = Future()
k.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
k.cancel()
print(calls[-1])
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError), Future[int])
