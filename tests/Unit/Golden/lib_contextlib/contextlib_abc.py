from contextlib import AbstractContextManager, suppress, nullcontext, ExitStack

class Resource:
    def close(self): pass
print(isinstance(suppress(), AbstractContextManager), issubclass(Resource, AbstractContextManager))
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(isinstance(Duck(), AbstractContextManager))
try:
    class Bad(AbstractContextManager): pass
    Bad()
except TypeError as e:
    print(e)
print(isinstance(nullcontext(), AbstractContextManager), isinstance(ExitStack(), AbstractContextManager))
class Blocked(Duck):
    __exit__ = None
print(isinstance(Blocked(), AbstractContextManager))
