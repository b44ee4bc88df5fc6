"""The event loop: a queue of ready callbacks, a heap of timers, file descriptors watched with
select(), and an idle wait between them.

Each iteration (_run_once) moves the timers that are due onto the ready queue and runs the
callbacks that were ready when the iteration began (callbacks they schedule run next time). When
nothing is ready the loop blocks on a threading.Condition until the next timer is due; the wait
releases the GIL, and call_soon_threadsafe (used by run_in_executor / to_thread when a worker
thread finishes) notifies the condition, so another thread can wake the loop at once.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import concurrent.futures
import functools
import heapq
import select
import socket
import sys
import threading
import time
import traceback

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import transports

# Cancelled timers are removed from the heap once they are this many and this share of it.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# The longest single idle wait (CPython's MAXIMUM_SELECT_TIMEOUT: one day).
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fd < 0:
        raise ValueError(f'Invalid file descriptor: {fd}')
    return fd


def _is_numeric(family, host):
    try:
        socket.inet_pton(family, host)
        return True
    except (OSError, TypeError, ValueError):
        return False


def _monotonic_resolution():
    get_clock_info = getattr(time, 'get_clock_info', None)
    if get_clock_info is None:
        return 1e-09
    return get_clock_info('monotonic').resolution


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is already stopping: the exception propagates out of run_forever.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._thread_id = None
        # Timers due within the clock's resolution run in this iteration rather than the next.
        self._clock_resolution = _monotonic_resolution()
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._executor_shutdown_called = False
        self._asyncgens = set()
        self._asyncgens_limit = 100
        self._asyncgens_shutdown_called = False
        # Futures whose exception was set; those never retrieved are reported when the loop closes.
        self._unretrieved = []
        self._unretrieved_limit = 100
        # Callbacks handed over by other threads, and the condition the idle wait blocks on.
        self._incoming = collections.deque()
        self._wakeup = threading.Condition(threading.Lock())
        # File descriptors watched with select() (add_reader / add_writer): fd -> Handle. While
        # any are registered the idle wait is a select() that also watches a socketpair, which
        # call_soon_threadsafe writes to (_selecting tells it to).
        self._readers = {}
        self._writers = {}
        self._self_reader = None
        self._self_writer = None
        self._selecting = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks --------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule the execution of a coroutine object; returns its Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running ------------------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_hooks = None
        if hasattr(sys, 'set_asyncgen_hooks'):
            old_hooks = sys.get_asyncgen_hooks()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or the task wrapping a coroutine) is done; returns its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception came out of run_forever: mark the task's exception retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the current iteration's callbacks have run."""
        self._stopping = True

    def close(self):
        """Close the loop: drop pending callbacks and shut the default executor down."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._report_abandoned()
        self._closed = True
        self._ready.clear()
        self._incoming.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        for handle in self._readers.values():
            handle.cancel()
        for handle in self._writers.values():
            handle.cancel()
        self._readers.clear()
        self._writers.clear()
        if self._self_reader is not None:
            self._self_reader.close()
            self._self_writer.close()
            self._self_reader = self._self_writer = None

    def _track_unretrieved(self, future):
        self._unretrieved.append(future)
        if len(self._unretrieved) > self._unretrieved_limit:
            self._unretrieved = [f for f in self._unretrieved if f._log_traceback]
            self._unretrieved_limit = max(100, 2 * len(self._unretrieved))

    def _report_abandoned(self):
        # CPython reports these from Future.__del__ / Task.__del__ when the object is freed;
        # gilrun has no finalizers, so what the closing loop drops is reported here instead: tasks
        # still pending (their coroutines are closed, running their finally blocks, as freeing
        # them does in CPython) and exceptions nobody retrieved.
        for task in list(tasks._all_tasks):
            if task._loop is not self or task.done():
                continue
            tasks._unregister_task(task)
            try:
                task._coro.close()
            except BaseException:
                pass
            if task._log_destroy_pending:
                self.call_exception_handler({
                    'task': task,
                    'message': 'Task was destroyed but it is pending!',
                })
        unretrieved = self._unretrieved
        self._unretrieved = []
        for future in unretrieved:
            if future._log_traceback:
                future._log_traceback = False
                self.call_exception_handler({
                    'message': f'{future.__class__.__name__} exception was never retrieved',
                    'exception': future._exception,
                    'future': future,
                })

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- async generators ---------------------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        # CPython keeps these in a WeakSet; without weak references the set holds them until
        # shutdown_asyncgens, so the finished ones are dropped whenever it has doubled in size.
        asyncgens = self._asyncgens
        if len(asyncgens) >= self._asyncgens_limit:
            asyncgens = {a for a in asyncgens if getattr(a, 'ag_frame', True) is not None}
            self._asyncgens = asyncgens
            self._asyncgens_limit = max(100, 2 * len(asyncgens))
        asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the async generators still suspended (their finally blocks run)."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # -- executor -----------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (the default thread pool if None); returns an awaitable Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Wait, without blocking the loop, for the default executor's threads to finish."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    # -- scheduling ---------------------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next iteration; returns a cancellable Handle."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds; returns a cancellable TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time `when`; returns a cancellable TimerHandle."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon usable from any thread: it also wakes the loop from its idle wait."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        with self._wakeup:
            self._incoming.append(handle)
            self._wakeup.notify()
            if self._selecting:
                self._write_to_self()
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for work if there is none, collect due timers, run ready callbacks."""
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / len(scheduled) > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = min(max(0, scheduled[0]._when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
        else:
            timeout = None

        incoming = self._incoming
        if self._readers or self._writers:
            self._select(timeout)
        elif timeout == 0:
            while incoming:
                self._ready.append(incoming.popleft())
        else:
            with self._wakeup:
                if not incoming:
                    self._wakeup.wait(timeout)
                while incoming:
                    self._ready.append(incoming.popleft())

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Only the callbacks ready now run in this iteration; those they schedule wait a turn.
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    # -- file descriptors ---------------------------------------------------------------

    def _select(self, timeout):
        if self._self_reader is None:
            self._self_reader, self._self_writer = socket.socketpair()
            self._self_reader.setblocking(False)
            self._self_writer.setblocking(False)
        incoming = self._incoming
        with self._wakeup:
            if incoming:
                timeout = 0
            self._selecting = True
        try:
            self_fd = self._self_reader.fileno()
            try:
                readable, writable, _ = select.select([self_fd, *self._readers],
                                                      list(self._writers), [], timeout)
            except (OSError, ValueError):
                # A watched descriptor was closed without remove_reader/remove_writer: stop
                # watching the dead ones (as epoll forgets closed descriptors) and go on.
                self._drop_closed_fds()
                readable, writable = [], []
        finally:
            with self._wakeup:
                self._selecting = False
                while incoming:
                    self._ready.append(incoming.popleft())
        for fd in readable:
            if fd == self_fd:
                self._read_from_self()
                continue
            handle = self._readers.get(fd)
            if handle is not None and not handle._cancelled:
                self._ready.append(handle)
        for fd in writable:
            handle = self._writers.get(fd)
            if handle is not None and not handle._cancelled:
                self._ready.append(handle)

    def _drop_closed_fds(self):
        for table in (self._readers, self._writers):
            for fd in list(table):
                try:
                    select.select([fd], [], [], 0)
                except (OSError, ValueError):
                    table.pop(fd).cancel()

    def _write_to_self(self):
        try:
            self._self_writer.send(b'\0')
        except OSError:
            pass

    def _read_from_self(self):
        while True:
            try:
                if not self._self_reader.recv(4096):
                    break
            except OSError:
                break

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd (or an object with fileno()) is readable."""
        self._add_watch(self._readers, fd, callback, args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; whether it was watched."""
        return self._remove_watch(self._readers, fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd (or an object with fileno()) is writable."""
        self._add_watch(self._writers, fd, callback, args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; whether it was watched."""
        return self._remove_watch(self._writers, fd)

    def _add_watch(self, table, fd, callback, args):
        self._check_closed()
        fd = _fileobj_to_fd(fd)
        old = table.get(fd)
        table[fd] = events.Handle(callback, args, self, None)
        if old is not None:
            old.cancel()

    def _remove_watch(self, table, fd):
        if self.is_closed():
            return False
        handle = table.pop(_fileobj_to_fd(fd), None)
        if handle is None:
            return False
        handle.cancel()
        return True

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from the non-blocking socket sock."""
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, False, self._sock_recv, sock, n)

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)

    def _sock_wait(self, sock, writing, callback, *args):
        """A future that callback(fut, *args) completes when sock is ready; sock is unwatched once it is done."""
        fut = self.create_future()
        fd = sock.fileno()
        if writing:
            self.add_writer(fd, callback, fut, *args)
            fut.add_done_callback(functools.partial(self._sock_write_done, fd))
        else:
            self.add_reader(fd, callback, fut, *args)
            fut.add_done_callback(functools.partial(self._sock_read_done, fd))
        return fut

    def _sock_read_done(self, fd, fut):
        self.remove_reader(fd)

    def _sock_write_done(self, fd, fut):
        self.remove_writer(fd)

    async def sock_sendall(self, sock, data):
        """Send all of data on the non-blocking socket sock."""
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        return await self._sock_wait(sock, True, self._sock_sendall, sock, data, [n])

    def _sock_sendall(self, fut, sock, data, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(data[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(data):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        """Connect the non-blocking socket sock to address (resolved first if needed)."""
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_numeric(sock.family, address[0]):
            infos = await self.getaddrinfo(*address[:2], family=sock.family, type=sock.type,
                                           proto=sock.proto)
            address = infos[0][4]
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, True, self._sock_connect_cb, sock, address)

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        """Accept a connection on the listening non-blocking socket: (conn, address)."""
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self.add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(functools.partial(self._sock_read_done, fd))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            if not fut.done():
                fut.set_result((conn, address))

    async def create_connection(self, protocol_factory, host=None, port=None, *, family=0,
                                proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                                ssl=None, **kwds):
        """Open a TCP connection to host:port; returns (transport, protocol)."""
        if ssl:
            raise NotImplementedError('ssl is not supported')
        if sock is None:
            if host is None and port is None:
                raise ValueError('host and port was not specified and no sock specified')
            infos = await self.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM,
                                           proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            errors = []
            for family_, type_, proto_, _, address in infos:
                sock = socket.socket(family_, type_, proto_)
                sock.setblocking(False)
                try:
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    sock.close()
                    sock = None
                    errors.append(OSError(exc.errno, f'Connect call failed {address}'))
                except BaseException:
                    sock.close()
                    raise
            else:
                if len(errors) == 1 or all(str(e) == str(errors[0]) for e in errors):
                    raise errors[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))
        elif sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._make_connection(sock, protocol_factory)

    async def create_unix_connection(self, protocol_factory, path=None, *, sock=None, **kwds):
        """Connect to the UNIX socket at path; returns (transport, protocol)."""
        if sock is None:
            if path is None:
                raise ValueError('no path and sock were specified')
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.setblocking(False)
            try:
                await self.sock_connect(sock, path)
            except BaseException:
                sock.close()
                raise
        return await self._make_connection(sock, protocol_factory)

    async def _make_connection(self, sock, protocol_factory):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = transports._SelectorSocketTransport(self, sock, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            start_serving=True, **kwds):
        """Listen for TCP connections on host:port (every address it resolves to); returns the
        Server. Each connection gets a protocol from protocol_factory()."""
        if ssl:
            raise NotImplementedError('ssl is not supported')
        if sock is not None:
            if host is not None or port is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            sockets = [sock]
        else:
            if reuse_address is None:
                reuse_address = True
            hosts = [host] if host is None or isinstance(host, str) else list(host)
            infos = []
            for h in hosts:
                infos.extend(await self.getaddrinfo(h, port, family=family,
                                                    type=socket.SOCK_STREAM, flags=flags))
            sockets = []
            seen = set()
            try:
                for family_, type_, proto, _, address in infos:
                    if (family_, address) in seen:
                        continue
                    seen.add((family_, address))
                    try:
                        listener = socket.socket(family_, type_, proto)
                    except OSError:
                        continue
                    sockets.append(listener)
                    if reuse_address:
                        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if family_ == getattr(socket, 'AF_INET6', None) and hasattr(socket, 'IPV6_V6ONLY'):
                        listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        listener.bind(address)
                    except OSError as err:
                        raise OSError(err.errno, f'error while attempting to bind on address '
                                                 f'{address!r}: {err.strerror.lower()}') from None
            except BaseException:
                for listener in sockets:
                    listener.close()
                raise
            if not sockets:
                raise OSError('Neither host/port nor sock were specified')
        return await self._serve(sockets, protocol_factory, backlog, start_serving)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                 start_serving=True, **kwds):
        """Listen on the UNIX socket at path (a stale socket file there is removed first)."""
        if sock is None:
            import os
            import stat
            if path is None:
                raise ValueError('path was not specified, and no sock specified')
            path = os.fspath(path)
            try:
                if stat.S_ISSOCK(os.stat(path).st_mode):
                    os.remove(path)
            except FileNotFoundError:
                pass
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except BaseException:
                sock.close()
                raise
        return await self._serve([sock], protocol_factory, backlog, start_serving)

    async def _serve(self, sockets, protocol_factory, backlog, start_serving):
        for listener in sockets:
            listener.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo run in the default executor."""
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                          proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    # -- errors -------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) replaces the default exception handler (None restores it)."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context's message, its other keys and the exception's traceback to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        exception = context.get('exception')
        if exception is not None:
            tb = ''.join(traceback.format_exception(type(exception), exception, exception.__traceback__))
            text += '\n' + tb.rstrip('\n')
        sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        """Report an error that no coroutine can receive (a failing callback, an orphan task...)."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
                traceback.print_exc()
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler while handling an '
                                     'unexpected error in custom exception handler\n')
                    traceback.print_exc()


class Server(events.AbstractServer):
    """Listening sockets accepting connections for create_server / start_server."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._active_count = 0
        self._serving = False
        self._serving_forever_fut = None
        self._waiters = []

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for listener in self._sockets:
            listener.listen(self._backlog)
            self._loop.add_reader(listener.fileno(), self._accept_ready, listener)

    def _accept_ready(self, listener):
        try:
            conn, address = listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError as exc:
            self._loop.call_exception_handler({
                'message': 'socket.accept() out of system resource',
                'exception': exc,
                'socket': listener,
            })
            return
        conn.setblocking(False)
        protocol = self._protocol_factory()
        extra = {'peername': address}
        transports._SelectorSocketTransport(self._loop, conn, protocol, None, extra, self)

    def close(self):
        """Stop listening; connections already accepted stay open."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for listener in sockets:
            self._loop.remove_reader(listener.fileno())
            listener.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def serve_forever(self):
        """Accept connections until cancelled; the server is closed then."""
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()
