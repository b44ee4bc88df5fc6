# _thread._excepthook (threading.excepthook's default) and _thread._ExceptHookArgs.
import _thread
import sys

Args = _thread._ExceptHookArgs
print(Args.__name__, Args.__module__)


class FakeThread:
    name = "Worker-7"


def raise_and_report(exc, thread):
    try:
        raise exc
    except BaseException as e:
        args = Args((type(e), e, e.__traceback__, thread))
    print(args.exc_type.__name__, args.thread is thread, len(args), args[3] is thread)
    sys.stdout.flush()
    _thread._excepthook(args)


raise_and_report(ValueError("bad value"), FakeThread())
raise_and_report(KeyError("k"), FakeThread())
raise_and_report(SystemExit(2), FakeThread())  # silent


class Nameless:
    pass


# Without a name attribute the header shows the current thread's ident.
try:
    raise RuntimeError("no name")
except RuntimeError as e:
    err = e
    args = Args((RuntimeError, e, e.__traceback__, Nameless()))
sys.stdout.flush()
import io
saved = sys.stderr
sys.stderr = io.StringIO()
_thread._excepthook(args)
text = sys.stderr.getvalue()
sys.stderr = saved
print(text.replace("thread %d:" % _thread.get_ident(), "thread IDENT:"))

# thread=None uses the ident too.
sys.stderr = io.StringIO()
_thread._excepthook(Args((RuntimeError, err, None, None)))
text = sys.stderr.getvalue()
sys.stderr = saved
print(text.replace("thread %d:" % _thread.get_ident(), "thread IDENT:"))

for bad in [(1, 2), [1, 2, 3, 4, 5]]:
    try:
        Args(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError:", e)
try:
    _thread._excepthook()
except TypeError as e:
    print("TypeError:", e)
