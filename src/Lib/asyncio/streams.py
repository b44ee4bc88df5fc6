"""Streams over TCP sockets: open_connection, start_server, StreamReader and StreamWriter.

A connection's socket is non-blocking and watched by the loop (add_reader / add_writer) through
a small transport: incoming data is fed into the StreamReader's buffer as it arrives (reading
pauses while more than twice the limit is buffered), writes go out at once when the socket takes
them and are buffered otherwise; StreamWriter.drain() waits while that buffer is large.
"""

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server', 'Server')

import builtins
import collections
import socket

from . import coroutines
from . import events
from . import exceptions
from . import tasks

_DEFAULT_LIMIT = 2 ** 16
_MAX_READ = 256 * 1024
_HIGH_WATER = 64 * 1024
_LOW_WATER = 16 * 1024
_BYTES_TYPES = tuple(t for t in (bytes, bytearray, getattr(builtins, 'memoryview', None)) if t)


class _SocketTransport:
    """The loop side of one connection: moves bytes between the socket and the streams."""

    def __init__(self, loop, sock, reader):
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._reader = reader
        self._buffer = bytearray()
        self._closing = False
        self._eof = False
        self._paused = False
        self._conn_lost = False
        self._drain_waiters = collections.deque()
        self._closed = loop.create_future()
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        reader._transport = self
        loop.add_reader(self._sock_fd, self._read_ready)

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return f'<_SelectorSocketTransport fd={self._sock_fd}{state}>'

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def pause_reading(self):
        if not self._paused and not self._closing:
            self._paused = True
            self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(_MAX_READ)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            # The peer closed its side; ours stays open for writing (a half-close).
            self._loop.remove_reader(self._sock_fd)
            self._reader.feed_eof()

    def write(self, data):
        if not isinstance(data, _BYTES_TYPES):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._conn_lost:
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc)
                return
            data = data[n:]
            if not data:
                return
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc)
            return
        del self._buffer[:n]
        if len(self._buffer) <= _LOW_WATER:
            self._wake_drainers(None)
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        """Close once the buffered data is written."""
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self._closing = True
        self._buffer.clear()
        self._loop.remove_reader(self._sock_fd)
        self._loop.remove_writer(self._sock_fd)
        self._loop.call_soon(self._connection_lost, None)

    def _fatal_error(self, exc):
        self._closing = True
        self._buffer.clear()
        self._loop.remove_reader(self._sock_fd)
        self._loop.remove_writer(self._sock_fd)
        self._loop.call_soon(self._connection_lost, exc)

    def _wake_drainers(self, exc):
        while self._drain_waiters:
            waiter = self._drain_waiters.popleft()
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    def _connection_lost(self, exc):
        if self._conn_lost:
            return
        self._conn_lost = True
        try:
            if exc is None:
                self._reader.feed_eof()
            else:
                self._reader.set_exception(exc)
            self._wake_drainers(exc if exc is not None else ConnectionResetError('Connection lost'))
        finally:
            self._sock.close()
            if not self._closed.done():
                self._closed.set_result(None)


class StreamReader:
    """Buffered reading from a connection (or from data given to feed_data)."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """True when the buffer is empty and the end of the stream was reached."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused and
                len(self._buffer) > 2 * self._limit):
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """Read one line ending in b'\\n' (the rest of the stream at EOF, b'' when empty)."""
        sep = b'\n'
        try:
            line = await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        """Read up to and including separator; IncompleteReadError at EOF without it."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()
        return bytes(chunk)

    async def read(self, n=-1):
        """Up to n bytes (n < 0: everything until EOF); b'' at EOF."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError if the stream ends first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamWriter:
    """Writing to a connection: write() buffers, drain() waits for the buffer to empty enough."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Wait until the write buffer is small enough to write more."""
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        transport = self._transport
        if transport.is_closing():
            await tasks.sleep(0)
        if transport._conn_lost:
            raise ConnectionResetError('Connection lost')
        if transport.get_write_buffer_size() > _HIGH_WATER:
            waiter = self._loop.create_future()
            transport._drain_waiters.append(waiter)
            await waiter


def _connection(loop, sock, limit):
    reader = StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(loop, sock, reader)
    writer = StreamWriter(transport, None, reader, loop)
    return reader, writer


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, family=0, flags=0,
                          local_addr=None, sock=None, **kwds):
    """Connect to host:port over TCP; returns (StreamReader, StreamWriter)."""
    loop = events.get_running_loop()
    if sock is None:
        infos = await loop.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM,
                                       flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        errors = []
        for family_, type_, proto, _, address in infos:
            sock = socket.socket(family_, type_, proto)
            sock.setblocking(False)
            try:
                if local_addr is not None:
                    sock.bind(local_addr)
                await loop.sock_connect(sock, address)
                break
            except OSError as exc:
                sock.close()
                sock = None
                errors.append(OSError(exc.errno, f'Connect call failed {address}'))
            except BaseException:
                sock.close()
                raise
        else:
            if len(errors) == 1:
                raise errors[0]
            model = str(errors[0])
            if all(str(exc) == model for exc in errors):
                raise errors[0]
            raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in errors)))
    else:
        sock.setblocking(False)
    return _connection(loop, sock, limit)


class Server:
    """Listening sockets accepting connections for start_server."""

    def __init__(self, loop, sockets, client_connected_cb, limit):
        self._loop = loop
        self._sockets = sockets
        self._client_connected_cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._waiters = []

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

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
        for sock in self._sockets:
            self._loop.add_reader(sock.fileno(), self._accept_ready, sock)

    def _accept_ready(self, listener):
        try:
            conn, _ = listener.accept()
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
        reader, writer = _connection(self._loop, conn, self._limit)
        try:
            res = self._client_connected_cb(reader, writer)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': exc,
                'transport': writer.transport,
            })
            writer.transport.close()
            return
        if coroutines.iscoroutine(res):
            task = self._loop.create_task(res)

            def done(task):
                if task.cancelled():
                    writer.transport.abort()
                    return
                exc = task.exception()
                if exc is not None:
                    self._loop.call_exception_handler({
                        'message': 'Unhandled exception in client_connected_cb',
                        'exception': exc,
                        'transport': writer.transport,
                    })
                    writer.transport.close()
            task.add_done_callback(done)

    def close(self):
        """Stop listening (connections already accepted stay open)."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

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


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None, backlog=100,
                       reuse_address=None, reuse_port=None, start_serving=True, **kwds):
    """Listen on host:port; client_connected_cb(reader, writer) (a coroutine function or plain
    function) is called for every connection. Returns the Server."""
    loop = events.get_running_loop()
    if sock is not None:
        sockets = [sock]
    else:
        if reuse_address is None:
            reuse_address = True
        hosts = [host] if host is None or isinstance(host, str) else list(host)
        infos = []
        for h in hosts:
            infos.extend(await loop.getaddrinfo(h, port, family=family, type=socket.SOCK_STREAM,
                                                flags=flags))
        sockets = []
        seen = set()
        try:
            for family_, type_, proto, _, address in infos:
                if (family_, address) in seen:
                    continue
                seen.add((family_, address))
                try:
                    s = socket.socket(family_, type_, proto)
                except OSError:
                    continue
                sockets.append(s)
                if reuse_address:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if family_ == getattr(socket, 'AF_INET6', None) and hasattr(socket, 'IPPROTO_IPV6'):
                    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    s.bind(address)
                except OSError as err:
                    raise OSError(err.errno, f'error while attempting to bind on address '
                                             f'{address!r}: {err.strerror.lower()}') from None
        except BaseException:
            for s in sockets:
                s.close()
            raise
        if not sockets:
            raise OSError('Neither host/port nor sock were specified')
    for s in sockets:
        s.listen(backlog)
        s.setblocking(False)
    server = Server(loop, sockets, client_connected_cb, limit)
    if start_serving:
        server._start_serving()
        await tasks.sleep(0)
    return server
