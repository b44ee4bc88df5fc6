"""ThreadPoolExecutor: a pool of worker threads fed through one SimpleQueue of work items.

A worker starts only when no idle worker is available (the idle semaphore counts the workers waiting
for work) and the pool has fewer than max_workers threads. A None in the queue is the wake-up that
tells workers to check whether the executor (or the interpreter) is shutting down; a leaving worker
puts it back for the next one.

Workers refer to their executor weakly where weak references exist, so an executor dropped without
shutdown() lets its workers finish; without weakref (gilrun) the reference is strong, and such
workers end at interpreter shutdown through _python_exit().
"""

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types

try:
    import weakref
except ImportError:
    weakref = None


def _strong_ref(obj, callback=None):
    return lambda: obj


_ref = weakref.ref if weakref is not None else _strong_ref

# Every worker thread started and its work queue; _python_exit() wakes and joins them all.
_threads_queues = weakref.WeakKeyDictionary() if weakref is not None else {}
_shutdown = False
# Held while changing _threads_queues or _shutdown, so no worker starts during shutdown.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs when threading._shutdown() starts, before the non-daemon threads are joined (bpo-39812).
threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None  # no cycle through the exception's traceback
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            executor = executor_reference()
            # Leave when the interpreter or the executor shuts down, or the executor is gone.
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)  # pass the wake-up on to the next worker
                return
            del executor
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers the default thread-name prefixes "ThreadPoolExecutor-N".
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers: the most threads the pool uses (default min(32, cpu_count + 4));
        thread_name_prefix: names the workers PREFIX_0, PREFIX_1, ...; initializer(*initargs)
        runs first in every worker thread."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return

        # If the executor is collected without shutdown, wake the workers so they leave.
        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(_ref(self, weakref_cb),
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every pending future.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel every item not yet taken by a worker.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake the workers blocked in get() so they see the shutdown.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
        if weakref is None:
            # Strong references only: forget the joined workers here instead of at exit.
            with _global_shutdown_lock:
                for t in self._threads:
                    if not t.is_alive():
                        _threads_queues.pop(t, None)
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
