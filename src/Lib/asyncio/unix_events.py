"""The loop class and policy asyncio uses by default (named as on CPython for POSIX)."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop (timers, callbacks and threads; no sockets or subprocesses)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
