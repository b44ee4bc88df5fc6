"""The transport interfaces, and the socket transport the loop uses for TCP and UNIX streams.

_SelectorSocketTransport moves bytes between a non-blocking socket and a protocol: the loop calls
_read_ready when the socket is readable (data goes to protocol.data_received); writes are sent at
once when the socket takes them, otherwise buffered and sent from _write_ready as the socket
becomes writable, pausing the protocol (pause_writing) while the buffer is above the high-water mark.
"""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport')

import builtins
import collections
import socket

_MAX_READ = 256 * 1024
_BYTES_TYPES = tuple(t for t in (bytes, bytearray, getattr(builtins, 'memoryview', None)) if t)


class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Information about the connection: 'peername', 'sockname', 'socket'..."""
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    __slots__ = ()

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class _SelectorSocketTransport(Transport):

    __slots__ = ('_loop', '_sock', '_sock_fd', '_protocol', '_server', '_buffer', '_closing',
                 '_eof', '_paused', '_conn_lost', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._extra['socket'] = sock
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._eof = False
        self._paused = False
        self._conn_lost = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        if server is not None:
            server._attach()
        # As in CPython: the protocol learns about the connection before any data arrives.
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def _add_reader(self):
        if not self._closing and not self._paused:
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader()

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
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        self._loop.remove_reader(self._sock_fd)
        # The peer sent EOF; the protocol decides whether our side stays open for writing.
        keep_open = self._protocol.eof_received()
        if not keep_open:
            self.close()

    def write(self, data):
        if not isinstance(data, _BYTES_TYPES):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
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
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = data[n:]
            if not data:
                return
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

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
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def _maybe_pause_protocol(self):
        if len(self._buffer) <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        """Close once the buffered data has been written."""
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        """Close at once, dropping buffered data."""
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._conn_lost:
            return
        self._conn_lost = True
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)
