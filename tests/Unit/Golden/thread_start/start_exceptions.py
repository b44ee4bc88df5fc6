# An exception leaving a thread's function is reported as unraisable ("Exception ignored in thread
# started by"), SystemExit ends the thread silently, and the main thread goes on.
import _thread
import sys

started = _thread.allocate_lock()
started.acquire()


class Job:
    def __init__(self, name, action):
        self.name = name
        self.action = action

    def __call__(self):
        # Released when this thread's state is deleted: after the report (threading's join uses it).
        self.sentinel = _thread._set_sentinel()
        self.sentinel.acquire()
        started.release()
        self.action()

    def __repr__(self):
        return "<Job %s>" % self.name


def fail():
    raise ValueError("something broke")


def nested():
    def inner():
        {}["missing"]
    inner()


def quit_quietly():
    sys.exit(3)


def quit_thread():
    _thread.exit()


for job in [Job("fail", fail), Job("nested", nested), Job("exit", quit_quietly), Job("thread-exit", quit_thread)]:
    _thread.start_new_thread(job, ())
    started.acquire()
    job.sentinel.acquire()
    print("after", job.name, flush=True)

try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
print("main still running")
