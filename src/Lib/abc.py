"""Abstract Base Classes (PEP 3119): ABCMeta, ABC, abstractmethod and the legacy abstract* helpers.

Written in Python for gilrun: the registry and the positive/negative subclass caches live on each
class (CPython keeps them in the _abc C module); the instantiation refusal for classes with abstract
methods is done by object.__new__, which reads __abstractmethods__.
"""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot be instantiated until
    every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""
    __isabstractmethod__ = True


# Bumped by every register(): negative cache entries older than this are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token; it changes whenever any ABC gains a virtual subclass."""
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcData:
    """Per-class ABC state (CPython's _abc_data): virtual subclasses and the two caches."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


class ABCMeta(type):
    """Metaclass of the abstract base classes: tracks abstract methods and virtual subclasses
    (register), and answers isinstance/issubclass through __subclasshook__, the MRO, the registry
    and the subclasses, caching both answers."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, list(namespace.items()), bases)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns the subclass, so usable as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_impl.negative_cache_version == _abc_invalidation_counter
                    and subclass in cls._abc_impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_impl.cache:
            return True
        if cls._abc_impl.negative_cache_version < _abc_invalidation_counter:
            cls._abc_impl.negative_cache = set()
            cls._abc_impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                cls._abc_impl.cache.add(subclass)
            else:
                cls._abc_impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_impl.cache.add(subclass)
            return True
        for rcls in cls._abc_impl.registry:
            if issubclass(subclass, rcls):
                cls._abc_impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_impl.cache.add(subclass)
                return True
        cls._abc_impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute __abstractmethods__ of an abstract class after methods were added or replaced."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in list(vars(cls).items()):
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class to define an ABC by inheritance (instead of metaclass=ABCMeta)."""
    __slots__ = ()
