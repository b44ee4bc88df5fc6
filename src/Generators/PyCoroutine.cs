// The coroutine object (CPython's PyCoroObject): what calling an `async def` function returns. It is
// a generator underneath (PyGenBase), but not iterable: `await` drives it through SEND (am_send), and
// `__await__()` hands out a coroutine_wrapper iterator for code that needs one (asyncio's Task).
namespace GilRuntime.Generators;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class PyCoroutine : PyGenBase
{
    public static readonly PyType TypeObject = PyType.Builtin("coroutine", typeof(PyCoroutine));

    static PyCoroutine()
    {
        var t = TypeObject;
        GeneratorMethods.RegisterProtocol(t, "coroutine");
        GeneratorMethods.AddGetters(t, "cr");
        GeneratorMethods.AddGetter(t, "cr_await", static g => g.YieldFrom() ?? Py.None);
        GeneratorMethods.AddGetter(t, "cr_origin", static g => ((PyCoroutine)g).Origin ?? Py.None);
        t.AddMethod("__await__", static (self, a, k) =>
        {
            ArgParser.Exactly("__await__", a, k, 0);
            return new PyCoroutineWrapper((PyCoroutine)self);
        });
    }

    /// <summary>cr_origin: set only when sys.set_coroutine_origin_tracking_depth asks for it (never, here).</summary>
    public PyObject? Origin;

    public PyCoroutine(Frame frame) : base(frame, GenKind.Coroutine)
    {
        // Never started yet: if it is dropped so, "coroutine ... was never awaited" is due.
        Arm();
    }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<coroutine object {QualName} at {Ops.IdHex(this)}>";
}

/// <summary>coroutine.__await__()'s result (CPython's PyCoroWrapper): an iterator that drives the coroutine.</summary>
public sealed class PyCoroutineWrapper : PyObject, IGeneratorLike
{
    public static readonly PyType TypeObject = PyType.Builtin("coroutine_wrapper", typeof(PyCoroutineWrapper));

    private readonly PyCoroutine _coro;

    static PyCoroutineWrapper()
    {
        var t = TypeObject;
        t.AddMethod("__iter__", static (self, a, k) => { ArgParser.Exactly("__iter__", a, k, 0); return self; });
        t.AddMethod("__next__", static (self, a, k) =>
        {
            ArgParser.Exactly("__next__", a, k, 0);
            var c = ((PyCoroutineWrapper)self)._coro;
            return PyGenBase.ResultOrStop(c.Send(Py.None, out var r), r);
        });
        t.AddMethod("send", static (self, a, k) =>
        {
            ArgParser.NoKeywords("coroutine_wrapper.send", k);
            if (a.Length != 1) throw PyErr.TypeError($"coroutine_wrapper.send() takes exactly one argument ({a.Length} given)");
            var c = ((PyCoroutineWrapper)self)._coro;
            return PyGenBase.ResultOrStop(c.Send(a[0], out var r), r);
        });
        t.AddMethod("throw", static (self, a, k) =>
        {
            GeneratorMethods.CheckThrowArgs(a, k);
            return ((PyCoroutineWrapper)self)._coro.Throw(a[0], a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null);
        });
        t.AddMethod("close", static (self, a, k) =>
        {
            ArgParser.Exactly("coroutine_wrapper.close", a, k, 0);
            return ((PyCoroutineWrapper)self)._coro.Close();
        });
    }

    public PyCoroutineWrapper(PyCoroutine coro) => _coro = coro;

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next() => _coro.Send(Py.None, out var r) == SendResult.Next ? r : null;

    // SEND on the wrapper (a Task driving `coro.__await__()`) goes straight to the coroutine.
    public SendResult Send(PyObject arg, out PyObject result) => _coro.Send(arg, out result);
    public bool IsCoroutine => false;
    public bool IsIterator => true;
    public bool IsIterableCoroutine => false;
    public PyObject? YieldFromTarget() => null;
}
