"""Task (a coroutine driven by the loop), and the functions that combine awaitables.

A Task runs its coroutine one step at a time: each step (a loop callback, run in the task's
context) sends None or throws an exception into the coroutine, which runs until it awaits a pending
Future. The Future comes up to the step as the value of the coroutine's `send`; the task adds its
wakeup as a done callback and the next step runs when the future completes. Cancelling a task
cancels the future it waits on, so the CancelledError is thrown in at the await.
"""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

import concurrent.futures
import contextvars
import functools
import itertools
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_name_counter = itertools.count(1).__next__

# Every task not yet done, and the task each running loop is executing now.
_all_tasks = set()
_current_tasks = {}


def current_task(loop=None):
    """The Task running on the loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


class Task(futures.Future):
    """A coroutine wrapped in a Future, run by the event loop."""

    # Cancel requested while no future was awaited: thrown in at the next step.
    _must_cancel = False
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        info = futures._future_repr_info(self)
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{coroutines._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine (outermost first), or of the traceback of the
        exception that ended the task; at most `limit` of them."""
        coro = self._coro
        frame = (getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None) or
                 getattr(coro, 'ag_frame', None))
        frames = []
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack() as a traceback (to stderr by default)."""
        import linecache
        import sys
        import traceback
        if file is None:
            file = sys.stderr
        entries = []
        for frame in self.get_stack(limit=limit):
            code = frame.f_code
            line = linecache.getline(code.co_filename, frame.f_lineno, frame.f_globals)
            entries.append((code.co_filename, frame.f_lineno, code.co_name, line))
        exc = self._exception
        if not entries:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        traceback.print_list(entries, file=file)
        if exc is not None:
            for line in traceback.format_exception_only(exc.__class__, exc):
                print(line, file=file, end='')

    def cancel(self, msg=None):
        """Request cancellation: CancelledError is thrown into the coroutine at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback (our wakeup) will throw the CancelledError in.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending (uncancel() decrements it)."""
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        # _enter_task / _leave_task, inlined: this runs at every step of every task.
        current = _current_tasks.get(loop)
        if current is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another '
                               f'task {current!r} is being executed.')
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine ran its last step: honour it.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
            _unregister_task(self)
        except exceptions.CancelledError as cancelled:
            _drop_step_frame(cancelled)
            self._cancelled_exc = cancelled
            super().cancel()
            _unregister_task(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _drop_step_frame(fatal)
            super().set_exception(fatal)
            _unregister_task(self)
            raise
        except BaseException as error:
            _drop_step_frame(error)
            super().set_exception(error)
            _unregister_task(self)
        else:
            # The usual outcomes inline: a pending future of this loop, or a bare yield.
            if (getattr(result, '_asyncio_future_blocking', None) and result is not self and
                    getattr(result, '_loop', None) is loop):
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                loop.call_soon(self.__step, context=self._context)
            else:
                self.__handle_yield(result)
        finally:
            if _current_tasks.get(loop) is not self:
                _leave_task(loop, self)
            del _current_tasks[loop]
            self = None

    def __handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self.__step, error, context=self._context)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self.__step, error, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.task_wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, error, context=self._context)
        elif result is None:
            # A bare yield (sleep(0)) gives the other callbacks one turn.
            self._loop.call_soon(self.__step, context=self._context)
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError(f'yield was used instead of yield from for generator in task '
                                 f'{self!r} with {result!r}')
            self._loop.call_soon(self.__step, error, context=self._context)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, error, context=self._context)

    def task_wakeup(self, future):
        # The future's exception is thrown into the coroutine as stored, without raising it
        # here first, so its traceback does not grow by the frames of this callback.
        try:
            exc = future.exception()
        except BaseException as cancelled:
            self.__step(cancelled)
        else:
            if exc is None:
                self.__step()
            else:
                self.__step(exc)
        self = None

    # A C function in CPython: callback reprs show it without a source location.
    task_wakeup._asyncio_native = True


def _drop_step_frame(exc):
    # CPython's Task is written in C, so a task's exception carries only the coroutine's frames;
    # the traceback entry of the step that caught it is removed to show the same traceback.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _step_code:
        exc.__traceback__ = tb.tb_next


_step_code = Task._Task__step.__code__


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop as a Task and return it."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; returns two sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Await fut with a time limit: on timeout it is cancelled and TimeoutError raised."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # The caller was cancelled: cancel fut too, unless it finished meanwhile.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables that produce the results of fs in the order they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _Sleep0:
    """Awaiting it yields None once: the task steps again after one loop iteration."""

    __slots__ = ()

    def __await__(self):
        yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    """Suspend for delay seconds, then return result; sleep(0) just lets other tasks run."""
    if delay <= 0:
        await _sleep0
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine or other awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their results, in order.

    The first exception propagates unless return_exceptions is true, in which case exceptions
    are put in the list. Cancelling the gather cancels the children.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    children = []
    arg_to_fut = {}

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the caller leaves it running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit coro to loop from another thread; returns a concurrent.futures.Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]
