"""Higher-level threads and synchronization primitives, written over the low-level _thread module as
CPython 3.11's threading is: Thread, current_thread/main_thread/enumerate/active_count, Lock, RLock,
Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer, local and excepthook.

The primitives are built the way CPython builds them, so they behave the same under contention:
a Condition parks each waiter on a fresh _thread lock of its own and notify() releases those locks
in FIFO order; Event, Semaphore and Barrier are Conditions over a plain Lock; Thread.join() waits on
the "tstate lock" from _thread._set_sentinel(), which the runtime releases once the thread's state is
gone. _shutdown() is what the runtime calls when the main module ends.

gilrun extension: when a Thread starts (or is renamed by itself) its name is passed to
_thread._set_name(), so the GIL statistics and traces show threading's names. The call is guarded,
so this module also imports on CPython.
"""

import sys as _sys
import _thread
import functools

from time import monotonic as _time
from itertools import count as _count
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = getattr(_thread, '_set_sentinel', None)
_set_thread_name = getattr(_thread, '_set_name', None)
_get_thread_name = getattr(_thread, '_get_name', None)
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
ThreadError = _thread.error
try:
    _CRLock = _thread.RLock
except AttributeError:
    _CRLock = None
TIMEOUT_MAX = _thread.TIMEOUT_MAX
del _thread


# Hooks installed in every thread started from now on (the thread's own sys.settrace/setprofile).
# They exist only where sys has settrace/setprofile (gilrun has neither yet: no tracing support).

_profile_hook = None
_trace_hook = None

if hasattr(_sys, 'setprofile'):
    def setprofile(func):
        """Set a profile function for all threads started from the threading module."""
        global _profile_hook
        _profile_hook = func

    def getprofile():
        """Return the profiler function set with threading.setprofile()."""
        return _profile_hook
else:
    __all__.remove('setprofile')
    __all__.remove('getprofile')

if hasattr(_sys, 'settrace'):
    def settrace(func):
        """Set a trace function for all threads started from the threading module."""
        global _trace_hook
        _trace_hook = func

    def gettrace():
        """Return the trace function set with threading.settrace()."""
        return _trace_hook
else:
    __all__.remove('settrace')
    __all__.remove('gettrace')


# Locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock: the native _thread.RLock when the runtime has one, else the
    pure-Python _RLock. The thread that acquired it must release it, once per acquire."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock in Python: a plain lock plus the owning thread's id and a recursion count."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        state = "locked" if self._block.locked() else "unlocked"
        cls = self.__class__
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, cls.__module__, cls.__qualname__, owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; if this thread owns it already, only the recursion count grows.
        Returns True once acquired, False if it could not be within the non-blocking/timeout limits."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Undo one acquire(); the lock is free for others when the count reaches zero."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count - 1
        self._count = count
        if count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # What Condition.wait uses to drop every level of ownership and take it back afterwards.

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count


_PyRLock = _RLock


class Condition:
    """Condition variable over a lock (a new RLock when none is given).

    Each wait() parks the caller on a fresh, already-held _thread lock appended to a FIFO of
    waiters; notify(n) releases the first n of them. The underlying lock is released for the wait
    through the lock's _release_save/_acquire_restore when it has them (an RLock drops all its
    recursion levels), else through plain release()/acquire().
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to save and restore its own state overrides the defaults below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # Only a guess for locks without ownership: "owned" means someone holds it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout (seconds) runs out, and
        re-acquire the lock. Returns False only when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            # Restored even when the wait is interrupted (KeyboardInterrupt).
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or until the timeout; returns the last predicate value."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake at most n of the threads waiting on this condition (the longest-waiting first)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Already released by an earlier notify() that was interrupted before it could
                # remove the waiter (gh-92530): it does not count.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """Counter of release() calls minus acquire() calls plus an initial value; acquire() blocks
    while the counter is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting (at most timeout seconds) while it is zero.
        Returns True when decremented, False when non-blocking or timed out."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Semaphore whose counter may never exceed its initial value: releasing too often is an error."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that goes above the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag, initially false: set() makes it true and wakes every waiter, clear() resets it,
    wait() blocks until it is true."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return True if and only if the flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Make the flag true and wake all waiting threads."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Make the flag false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires; returns the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# Barrier states: threads enter while FILLING; the last one switches to DRAINING and the barrier
# refuses newcomers until every released thread has left, so it can be reused cycle after cycle.
# RESETTING is DRAINING with BrokenBarrierError for the leavers; BROKEN fails everyone until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Rendezvous for a fixed number of threads: wait() blocks until `parties` threads have called
    it, then releases them all (after one of them ran `action`, if given)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier to trip; returns this thread's arrival index, 0 to parties-1.
        Raises BrokenBarrierError if the barrier is or becomes broken, reset or timed out."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Wait out a previous cycle that is still draining (or resetting).
        while self._state in (_RESETTING, _DRAINING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _release(self):
        # The last arrival runs the action; if it raises, the barrier breaks for everyone.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _exit(self):
        # The last thread out reopens the barrier for the next cycle.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting at the barrier now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# Default thread names ("Thread-N", "Dummy-N") share one counter, as in CPython.
_counter = _count(1).__next__


def _newname(name_template):
    return name_template % _counter()


# Thread registry. _active maps the ident of every running Thread to its object, _limbo holds threads
# between start() and the moment they registered themselves. The lock is reentrant so that functions
# like enumerate() may be called from code running while it is held (bpo-44422).
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The tstate locks of the running non-daemon threads: _shutdown() waits on each of them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Forget the locks of threads that have ended (a released tstate lock), so the set does not grow
    # without bound when threads are never joined (bpo-37788). Called with _shutdown_locks_lock held.
    finished = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(finished)


class Thread:
    """A thread of control: pass a callable as target=, or subclass and override run().
    start() runs it in a new OS thread; join() waits for it to end."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._own_sentinel = False
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # sys.stderr as it was at creation: the excepthook's fallback if sys.stderr is gone later.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def _reset_internal_locks(self, is_alive):
        self._started._at_fork_reinit()
        if is_alive:
            if self._tstate_lock is not None:
                self._tstate_lock._at_fork_reinit()
                self._tstate_lock.acquire()
        else:
            self._is_stopped = True
            self._tstate_lock = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread, setting _is_stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run() is called in a new thread of control. At most once per object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        # Return only once the new thread is registered (ident known, in _active).
        self._started.wait()

    def run(self):
        """The thread's activity: calls target(*args, **kwargs). Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so an argument that refers to this thread makes no cycle.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # A daemon thread may still run while the interpreter is torn down; errors it meets then
        # (sys already gone) are not worth reporting.
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    if _HAVE_THREAD_NATIVE_ID:
        def _set_native_id(self):
            self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # A lock held while this thread's state exists; the runtime releases it when the state is
        # deleted, which is when join() may return.
        if _set_sentinel is not None:
            self._tstate_lock = _set_sentinel()
        else:
            self._tstate_lock = _allocate_lock()
            self._own_sentinel = True
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            if _HAVE_THREAD_NATIVE_ID:
                self._set_native_id()
            if _set_thread_name is not None:
                _set_thread_name(self._name)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        # After _stop(), is_alive() is False and join() returns at once. The tstate lock has been
        # released already. Several joiners may call this at once; that is harmless. (CPython also
        # asserts here that the lock is still free; but another joiner, woken by the release, may
        # have taken it meanwhile, which real threads on several cores make likely, so no assert.)
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        # Remove the current thread from _active. Nothing else may run under the lock here (a trace
        # function calling current_thread() would deadlock).
        with _active_limbo_lock:
            del _active[get_ident()]
        if self._own_sentinel:
            # Without _thread._set_sentinel the thread releases its own tstate lock, last.
            self._tstate_lock.release()

    def join(self, timeout=None):
        """Wait until the thread ends, or at most timeout seconds (check is_alive() afterwards)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout has always meant "do not wait".
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Acquiring the tstate lock means the thread's state is gone: the thread has stopped.
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                # Interrupted (e.g. KeyboardInterrupt) right after acquiring (bpo-45274).
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        """The thread's name, for identification only; several threads may share one."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_thread_name is not None and self._ident is not None and self._ident == get_ident():
            _set_thread_name(self._name)

    @property
    def ident(self):
        """The thread identifier (get_ident() in the thread), or None before it was started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """The OS thread id of this thread, or None before it was started."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread (the program may exit while it still runs).
        Inherited from the creating thread; can only be set before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of the daemon attribute."""
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of the daemon attribute."""
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of the name attribute."""
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """Deprecated setter of the name attribute."""
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


# The hook for exceptions escaping Thread.run(): the runtime's native one when it has it.
try:
    from _thread import (_excepthook as excepthook,
                         _ExceptHookArgs as ExceptHookArgs)
except ImportError:
    from traceback import print_exception as _print_exception
    from collections import namedtuple as _namedtuple

    _ExceptHookArgs = _namedtuple('ExceptHookArgs', 'exc_type exc_value exc_traceback thread')

    def ExceptHookArgs(args):
        return _ExceptHookArgs(*args)

    def excepthook(args, /):
        """Report an exception that escaped Thread.run(): "Exception in thread NAME:" and the
        traceback on sys.stderr. SystemExit is ignored silently."""
        if args.exc_type == SystemExit:
            return
        if _sys is not None and _sys.stderr is not None:
            stderr = _sys.stderr
        elif args.thread is not None:
            stderr = args.thread._stderr
            if stderr is None:
                return
        else:
            return
        if args.thread is not None:
            name = args.thread.name
        else:
            name = get_ident()
        print(f"Exception in thread {name}:", file=stderr, flush=True)
        _print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
        stderr.flush()

# The original hook, for restoring threading.excepthook.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Captures what the hook needs at thread creation, so a daemon thread failing late in
    # interpreter shutdown can still report.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            # The hook itself failed: report that through sys.excepthook.
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds, unless cancel()
    was called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading (normally the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread threading did not start (raw _thread threads, gilrun's --threads
    workers): daemonic, always alive, not joinable, and never removed from _active.

    It is named "Dummy-N", as in CPython, except that a gilrun --threads worker keeps the name the
    runtime gave it ("Worker-K"), so threading and the GIL statistics agree on it."""

    def __init__(self):
        name = _get_thread_name() if _get_thread_name is not None else None
        if not (isinstance(name, str) and name.startswith("Worker-")):
            name = _newname("Dummy-%d")
            if _set_thread_name is not None:
                _set_thread_name(name)
        Thread.__init__(self, name=name, daemon=True)
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the Thread object of the calling thread (a dummy one for threads not started by
    threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """The number of Thread objects alive now (len(enumerate()))."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    # enumerate() without the lock, for internal use.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """All Thread objects alive now: started and not finished, dummies and the main thread."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# Functions to call (last registered first) when _shutdown() starts, before threads are joined.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Internal: call func(*arg, **kwargs) at the start of _shutdown(), before the non-daemon
    threads are joined. Later registrations run first, as with atexit."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(functools.partial(func, *arg, **kwargs))


from _thread import stack_size

_main_thread = _MainThread()


def _shutdown():
    """Called by the runtime when the main module has finished: run the _register_atexit calls,
    mark the main thread stopped, then wait until every non-daemon thread has ended (including
    threads those start meanwhile)."""
    if _main_thread._is_stopped:
        return  # already done
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    # Threads joining the main thread may wait on its tstate lock, which the runtime releases only
    # much later: release it here. When threading was imported by another thread, _main_thread is
    # that thread and is left alone (as CPython does, bpo-1596321).
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        assert lock is not None
        assert lock.locked()
        lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()  # as join() does
            lock.release()


def main_thread():
    """The main Thread object: normally the thread the interpreter started in."""
    return _main_thread


try:
    from _thread import _local as local
except ImportError:
    from _threading_local import local
