"""How callbacks appear in the reprs of handles and futures: 'func(args) at file:line'."""

import functools
import reprlib
import types


def _get_function_source(func):
    while True:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None:
            break
        func = wrapped
    if isinstance(func, types.MethodType):
        # asyncio's own wakeup callbacks are C functions in CPython, so they show no source.
        if getattr(func.__func__, '_asyncio_native', False):
            return None
        func = func.__func__
    if isinstance(func, types.FunctionType):
        if getattr(func, '_asyncio_native', False):
            return None
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text
