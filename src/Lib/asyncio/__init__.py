"""asyncio for gilrun: an event loop with tasks, futures, timers, synchronization primitives,
queues and a thread pool bridge, written in Python over threading, heapq and collections.deque.
TCP and UNIX-socket streams and protocols run over select(); subprocesses, datagrams, SSL and
signal handlers are not provided."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .transports import *
from .timeouts import *
from .unix_events import *

# As in CPython 3.11, TaskGroup is importable but not listed in __all__.
__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           queues.__all__ +
           runners.__all__ +
           streams.__all__ +
           tasks.__all__ +
           threads.__all__ +
           transports.__all__ +
           timeouts.__all__ +
           unix_events.__all__)
