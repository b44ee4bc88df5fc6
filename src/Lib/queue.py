"""Synchronized queues for passing items between threads: Queue (FIFO), LifoQueue, PriorityQueue
and SimpleQueue, written over threading as CPython 3.11's queue is.

A Queue has one mutex and three Conditions over it: not_empty (getters wait on it), not_full
(putters wait on it when bounded) and all_tasks_done (join() waits on it until task_done() has been
called for every item put).
"""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

try:
    from _queue import Empty
except ImportError:
    class Empty(Exception):
        'Exception raised by Queue.get(block=0)/get_nowait().'
        __module__ = '_queue'  # where CPython's lives: tracebacks print "_queue.Empty"


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    """FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken by get() as processed; when every item put has been marked,
        join() returns. ValueError if called more times than items were put."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put has been got and marked with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (another thread may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty right now (not a guarantee for the next get())."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full right now (not a guarantee for the next put())."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item, waiting for a free slot when bounded: forever (timeout None), at most
        timeout seconds (then Full), or not at all when block is false (Full at once)."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one: forever (timeout None), at most timeout
        seconds (then Empty), or not at all when block is false (Empty at once)."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, overridden by the subclasses. Called with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """Queue that returns the smallest item first (items are kept in a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    """Unbounded FIFO queue without task tracking: a deque plus a semaphore counting its items.
    put() never blocks; get() waits for an item."""

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put an item; never blocks (block and timeout exist for Queue compatibility)."""
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting forever (timeout None), at most timeout seconds
        (then Empty), or not at all when block is false."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """True if the queue is empty right now."""
        return len(self._queue) == 0

    def qsize(self):
        """The approximate number of items."""
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


try:
    from _queue import SimpleQueue
except ImportError:
    class SimpleQueue(_PySimpleQueue):
        """Simple, unbounded FIFO queue."""
        __module__ = '_queue'  # CPython's is the C type _queue.SimpleQueue
