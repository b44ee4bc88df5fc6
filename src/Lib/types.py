"""Names for the runtime's builtin types, and dynamic class creation helpers (new_class,
prepare_class, resolve_bases), SimpleNamespace and DynamicClassAttribute.

The types are obtained from live objects, as CPython's Lib/types.py does. The generator, coroutine
and async-generator types need a generator object; they are computed on first access (module
__getattr__) so importing this module never runs a generator body.
"""

import sys

__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace", "CellType",
    "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType", "BuiltinFunctionType",
    "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType", "MethodDescriptorType",
    "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
    "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class", "DynamicClassAttribute",
    "GenericAlias", "UnionType", "EllipsisType", "NoneType", "NotImplementedType", "coroutine",
]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_of():
    a = 1

    def inner():
        return a
    return inner.__closure__[0]


CellType = type(_cell_of())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _cell_of, _C


def _generator_type():
    def gen():
        yield 1
    return type(gen())


def _coroutine_type():
    async def coro():
        pass
    c = coro()
    try:
        return type(c)
    finally:
        c.close()


def _async_generator_type():
    async def agen():
        yield 1
    return type(agen())


# Types found by running code that needs more of the runtime than importing this module should
# (a generator, descriptors of builtin types): each computed on first access, then stored as an
# ordinary module attribute.
_LAZY = {
    "GeneratorType": _generator_type,
    "CoroutineType": _coroutine_type,
    "AsyncGeneratorType": _async_generator_type,
    "ClassMethodDescriptorType": lambda: type(dict.__dict__["fromkeys"]),
    "GetSetDescriptorType": lambda: type(FunctionType.__dict__["__code__"]),
    "MemberDescriptorType": lambda: type(FunctionType.__dict__["__globals__"]),
    "GenericAlias": lambda: type(list[int]),
    "UnionType": lambda: type(int | str),
}


def __getattr__(name):
    maker = _LAZY.get(name)
    if maker is None:
        raise AttributeError(f"module 'types' has no attribute '{name}'")
    value = maker()
    globals()[name] = value
    return value


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if _repr_running.get(id(self)):
            return f"{name}(...)"
        _repr_running[id(self)] = True
        try:
            parts = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        finally:
            del _repr_running[id(self)]
        return f"{name}({', '.join(parts)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = {}


def resolve_bases(bases):
    """Replace the bases that are not classes but define __mro_entries__ (PEP 560)."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) as the class statement would compute them."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically, as the class statement does."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """A property that behaves as a class attribute lookup on the class (raising AttributeError so
    the metaclass __getattr__ is tried) and as a property on instances; used by enum."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = getattr(fget, "__doc__", None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def _lazy_type(name):
    # Module code sees the lazily computed types only through the module __getattr__.
    value = globals().get(name)
    return value if value is not None else __getattr__(name)


# co_flags bits used by coroutine() (Include/cpython/code.h).
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """Makes a generator-like object returned by a types.coroutine-decorated callable awaitable,
    forwarding the generator protocol to it and exposing both gi_* and cr_* attributes."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is _lazy_type("GeneratorType")
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert a generator function into one whose generators can be awaited (generator-based
    coroutines); async def functions are returned unchanged."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    if func.__class__ is FunctionType and getattr(func, "__code__", None).__class__ is CodeType:
        code = func.__code__
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if code.co_flags & _CO_GENERATOR:
            # A generator function: mark its code CO_ITERABLE_COROUTINE, so `await` takes its
            # generators as they are.
            func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func

    # Any other callable (one returning generator-like objects): wrap what it returns.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is _lazy_type("CoroutineType"):
            return result
        if result.__class__ is _lazy_type("GeneratorType") and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
            return result
        if isinstance(result, _collections_abc.Generator) and not isinstance(result, _collections_abc.Coroutine):
            return _GeneratorWrapper(result)
        return result

    return wrapped
