"""iscoroutine / iscoroutinefunction, and the text a Task's repr shows for its coroutine."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import functools
import types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# A marker functions may carry to be treated as coroutine functions (CPython's _is_coroutine).
_is_coroutine = object()


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def iscoroutinefunction(func):
    """Whether func is a coroutine function (async def, possibly behind functools.partial)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    func = _unwrap_partial(func)
    if isinstance(func, types.MethodType):
        func = func.__func__
    func = _unwrap_partial(func)
    if not isinstance(func, types.FunctionType):
        return False
    return bool(func.__code__.co_flags & _CO_COROUTINE)


_coroutine_types = set()


def iscoroutine(obj):
    """Whether obj is a coroutine object (or implements the Coroutine ABC)."""
    cls = type(obj)
    if cls in _coroutine_types:
        return True
    if isinstance(obj, collections.abc.Coroutine):
        if len(_coroutine_types) < 100:
            _coroutine_types.add(cls)
        return True
    return False


def _format_coroutine(coro):
    """'name() running at file:line' while suspended, 'name() done, defined at file:line' once over."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
