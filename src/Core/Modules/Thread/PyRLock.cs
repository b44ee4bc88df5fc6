// _thread.RLock (CPython's rlockobject): a reentrant lock owned by the thread that acquired it, with
// a count; threading.Condition uses _is_owned/_release_save/_acquire_restore to drop every level of
// it around a wait. The owner and count are only touched by the owning thread or under the GIL.
namespace GilRuntime.Core.Modules.Threads;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Sync;

public sealed class PyRLock : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly SchedLock _lock;
    private long _owner;
    private long _count;

    public PyRLock(SchedLock lk) => _lock = lk;

    public override PyType Type => TypeObject;

    private static long Me => ThreadState.Current.ThreadId;

    public override string Repr() =>
        $"<{(_count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={_owner} count={_count} at {Ops.IdHex(this)}>";

    private static PyType CreateType()
    {
        var t = PyType.Builtin("RLock", typeof(PyRLock), null,
            static (type, a, k) => new PyRLock(new SchedLock(ThreadState.Current.Interpreter.Scheduler)));
        t.Module = "_thread";
        t.IsBaseType = false;
        MethodFn acquire = static (s, a, k) => Py.Bool(((PyRLock)s).Acquire(PyLock.ParseAcquireArgs("acquire", a, k)));
        t.AddMethod("acquire", acquire);
        t.AddMethod("__enter__", static (s, a, k) => Py.Bool(((PyRLock)s).Acquire(PyLock.ParseAcquireArgs("__enter__", a, k))));
        t.AddMethod("release", static (s, a, k) =>
        {
            ArgParser.Exactly("RLock.release", a, k, 0);
            ((PyRLock)s).Release();
            return Py.None;
        });
        t.AddMethod("__exit__", static (s, a, k) =>
        {
            ((PyRLock)s).Release();
            return Py.None;
        });
        t.AddMethod("_is_owned", static (s, a, k) =>
        {
            ArgParser.Exactly("RLock._is_owned", a, k, 0);
            var r = (PyRLock)s;
            return Py.Bool(r._count > 0 && r._owner == Me);
        });
        t.AddMethod("_release_save", static (s, a, k) =>
        {
            ArgParser.Exactly("RLock._release_save", a, k, 0);
            var r = (PyRLock)s;
            if (r._count == 0) throw PyErr.RuntimeError("cannot release un-acquired lock");
            var state = new PyTuple([PyInt.From(r._count), PyInt.From(r._owner)]);
            r._count = 0;
            r._owner = 0;
            r._lock.Release();
            return state;
        });
        t.AddMethod("_acquire_restore", static (s, a, k) =>
        {
            ArgParser.NoKeywords("_acquire_restore", k);
            if (a.Length != 1) throw PyErr.TypeError($"_acquire_restore() takes exactly 1 argument ({a.Length} given)");
            var r = (PyRLock)s;
            // PyArg_ParseTuple's "(kk)": a 2-item sequence of ints.
            List<PyObject> items = a[0] switch
            {
                PyTuple or PyList or PyStr => Ops.ToClrList(a[0]),
                _ => throw PyErr.TypeError($"_acquire_restore() argument 1 must be 2-item sequence, not {a[0].Type.Name}"),
            };
            if (items.Count != 2)
                throw PyErr.TypeError($"_acquire_restore() argument 1 must be sequence of length 2, not {items.Count}");
            for (int i = 0; i < 2; i++)
                if (items[i] is not PyInt)
                    throw PyErr.TypeError($"_acquire_restore() argument 1, item {i} must be int, not {items[i].Type.Name}");
            long count = Ops.AsIndex(items[0]);
            long owner = Ops.AsIndex(items[1]);
            Blocking.AcquireLock(r._lock, -1);
            r._owner = owner;
            r._count = count;
            return Py.None;
        });
        t.AddMethod("_at_fork_reinit", static (s, a, k) =>
        {
            ArgParser.Exactly("RLock._at_fork_reinit", a, k, 0);
            var r = (PyRLock)s;
            if (r._lock.IsLocked) r._lock.Release();
            r._owner = 0;
            r._count = 0;
            return Py.None;
        });
        return t;
    }

    public bool Acquire(long timeoutNanoseconds)
    {
        long me = Me;
        if (_count > 0 && _owner == me)
        {
            if (_count == long.MaxValue) throw PyErr.OverflowError("Internal lock count overflowed");
            _count++;
            return true;
        }
        if (!Blocking.AcquireLock(_lock, timeoutNanoseconds)) return false;
        _owner = me;
        _count = 1;
        return true;
    }

    public void Release()
    {
        if (_count == 0 || _owner != Me) throw PyErr.RuntimeError("cannot release un-acquired lock");
        if (--_count == 0)
        {
            _owner = 0;
            _lock.Release();
        }
    }
}
