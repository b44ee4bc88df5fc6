"""Thread-local data in pure Python: threading.local when the runtime's _thread has no _local.

An instance of local (or of a subclass) shows each thread its own attribute dictionary. A subclass's
__init__ runs again, with the constructor's arguments, the first time each other thread touches the
object.

How: each thread keeps its dictionaries in the Thread object that threading.current_thread()
returns for it, keyed by the local object's id-based key, so they live exactly as long as that
thread's Thread object. Every attribute access takes the object's lock, installs the calling
thread's dictionary as the instance __dict__ and then does the ordinary lookup (the same "patch"
technique as CPython's pure-Python version, which instead relies on weak references).
"""

from contextlib import contextmanager

__all__ = ["local"]


class _localimpl:
    """The state shared by all threads for one local object."""

    __slots__ = ('key', 'localargs', 'locallock', 'owner_dict')

    def __init__(self):
        # The key under which every thread stores its dictionary for this local object.
        self.key = '_threading_local._localimpl.' + str(id(self))

    def get_dict(self):
        """The calling thread's dictionary, or None if it has not touched the object yet."""
        return _thread_dicts().get(self.key)

    def create_dict(self):
        """Create and register the calling thread's dictionary."""
        localdict = {}
        _thread_dicts()[self.key] = localdict
        return localdict


def _thread_dicts():
    # The per-thread table {key: dict} kept on the calling thread's Thread object.
    thread = current_thread()
    try:
        return thread._threading_local_dicts
    except AttributeError:
        table = {}
        thread._threading_local_dicts = table
        return table


@contextmanager
def _patch(self):
    impl = object.__getattribute__(self, '_local__impl')
    with impl.locallock:
        localdict = impl.get_dict()
        if localdict is None:
            localdict = impl.create_dict()
            args, kw = impl.localargs
            object.__setattr__(self, '__dict__', localdict)
            self.__init__(*args, **kw)
        else:
            object.__setattr__(self, '__dict__', localdict)
        yield


class local:
    """Thread-local data: attributes set on an instance are seen only by the thread that set them."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _localimpl()
        impl.localargs = (args, kw)
        impl.locallock = RLock()
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's __init__ is the ordinary one, run by the constructor call.
        object.__setattr__(self, '__dict__', impl.create_dict())
        return self

    def __getattribute__(self, name):
        with _patch(self):
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with _patch(self):
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with _patch(self):
            return object.__delattr__(self, name)


from threading import current_thread, RLock
