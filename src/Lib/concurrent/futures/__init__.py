"""Run callables asynchronously: Future, Executor, wait(), as_completed() and ThreadPoolExecutor.

ProcessPoolExecutor is not available in gilrun (one process, many threads): asking for it raises an
ImportError that says so. ThreadPoolExecutor is imported on first use, as in CPython.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)
# ProcessPoolExecutor is left out of __all__ so that "from concurrent.futures import *" works.


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as executor_class
        ThreadPoolExecutor = executor_class
        return executor_class
    if name == 'ProcessPoolExecutor':
        raise ImportError("ProcessPoolExecutor is not available in gilrun "
                          "(no worker processes); use ThreadPoolExecutor")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
