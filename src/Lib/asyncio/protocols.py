"""The protocol interfaces: objects a transport calls back as the connection's events happen."""

__all__ = ('BaseProtocol', 'Protocol')


class BaseProtocol:
    """connection_made / connection_lost, and write flow control (pause_writing / resume_writing)."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called once the connection is up; transport is how to talk back."""

    def connection_lost(self, exc):
        """Called once the connection is closed; exc is None for a regular close or EOF."""

    def pause_writing(self):
        """The transport's write buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received for each chunk, eof_received when the peer stops sending."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer will send no more; return a true value to keep the connection open for writing."""
