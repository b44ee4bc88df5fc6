# _thread.start_new_thread: arguments, keyword arguments, the returned ident, argument errors.
import _thread

done = _thread.allocate_lock()
results = []


def work(a, b, *rest, c=0, **kw):
    results.append((a, b, rest, c, sorted(kw.items()), _thread.get_ident()))
    done.release()


done.acquire()
ident = _thread.start_new_thread(work, (1, 2))
done.acquire()
print(results[-1][:5], type(ident) is int, results[-1][5] == ident)
ident2 = _thread.start_new_thread(work, (1, 2, 3, 4), {"c": 5, "z": 6})
done.acquire()
print(results[-1][:5], results[-1][5] == ident2, ident2 != _thread.get_ident())
_thread.start_new(work, ("old", "name"))
done.acquire()
print(results[-1][:2])
print(_thread.start_new_thread.__doc__.splitlines()[0])

for args, kwargs in [
    ((1, ()), {}),
    ((work, [1, 2]), {}),
    ((work, (1, 2), [("c", 1)]), {}),
    ((work,), {}),
    ((work, (), {}, 4), {}),
    ((work, ()), {"kwargs": {}}),
    ((), {}),
]:
    try:
        _thread.start_new_thread(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

# The thread's own ident differs from the main thread's and stays the same during its run.
idents = []


def who():
    idents.append(_thread.get_ident())
    idents.append(_thread.get_ident())
    idents.append(_thread.get_native_id())
    done.release()


_thread.start_new_thread(who, ())
done.acquire()
main = _thread.get_ident()
print(idents[0] == idents[1], idents[0] != main, isinstance(idents[2], int), _thread.get_native_id() != idents[2])
for f in (_thread.get_ident, _thread.get_native_id, _thread._count):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)

# A builtin callable and a bound method work as thread functions.
box = []
_thread.start_new_thread(box.append, ("from builtin",))
while not box:
    pass
print(box)
