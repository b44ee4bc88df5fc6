# ThreadPoolExecutor.submit: results, exceptions through result()/exception(), the future's states.
from concurrent.futures import ThreadPoolExecutor
import threading

def div(a, b):
    return a / b

with ThreadPoolExecutor(max_workers=3) as ex:
    ok = ex.submit(div, 10, 4)
    bad = ex.submit(div, 1, 0)
    kw = ex.submit(pow, 2, exp=10) if False else ex.submit(lambda base, exp: base ** exp, 2, exp=10)
    print(ok.result(), kw.result())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result() raised:", type(e).__name__, e)
    print(type(bad.exception()).__name__, ok.exception())
    print(ok.done(), ok.running(), ok.cancelled(), bad.done())
    print(ok.cancel(), ok.cancelled())

    gate = threading.Event()
    slow = ex.submit(gate.wait)
    while not slow.running():
        gate.wait(0.001)
    print("running:", slow.running(), "done:", slow.done(), "cancel:", slow.cancel())
    gate.set()
    print(slow.result(), slow.done())

# BaseException subclasses are captured as well
class Stop(BaseException):
    pass
def raise_stop():
    raise Stop("stopped")
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(raise_stop)
    print(type(f.exception()).__name__, f.exception())
