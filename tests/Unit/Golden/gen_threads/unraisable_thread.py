# a _thread thread whose function fails inside a generator: the exception is "ignored in thread
# started by" and reported with its own traceback only (no __context__ chain), as CPython's hook does.
import _thread, time

class Job:
    def __repr__(self):
        return "<Job>"
    def __call__(self):
        for v in self.values():
            pass
    def values(self):
        try:
            yield 1
            1 / 0
        except ZeroDivisionError:
            raise KeyError("from the generator")

_thread.start_new_thread(Job(), ())
while _thread._count():
    time.sleep(0.01)
# the main thread prints nothing more: the report's position relative to it would be a race
time.sleep(0.3)
