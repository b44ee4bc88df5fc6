// The generator object (CPython's PyGenObject, Objects/genobject.c). It owns its frame: YIELD_VALUE
// leaves the eval loop with the frame's instruction pointer and value stack intact (Frame.LastI and
// Frame.StackTop), and every send/throw/close re-enters the same eval loop on the same frame
// (EvalLoop.Resume). No .NET thread, no C# iterator, no copying: resuming allocates nothing.
//
// Exhaustion is a null from Next() (tp_iternext) or SendResult.Return from Send, never a .NET
// exception; StopIteration is made only where Python code asks for it (__next__, send, throw).
// send/throw/close are shared with coroutines and async generators in PyGenBase.
namespace GilRuntime.Generators;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class PyGenerator : PyGenBase
{
    public static readonly PyType TypeObject = PyType.Builtin("generator", typeof(PyGenerator));

    static PyGenerator() => GeneratorMethods.Register(TypeObject);

    public PyGenerator(Frame frame) : base(frame, GenKind.Generator)
    {
    }

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    /// <summary>tp_iternext: the next yielded value, or null when the generator returned (its value is dropped, as CPython's for loops do).</summary>
    public override PyObject? Next() => NextIn(ThreadState.Current);

    /// <summary>FOR_ITER's direct path (registered in GeneratorSupport.Install): tp_iternext with the loop's thread state.</summary>
    internal static PyObject? ForIterNext(PyObject self, ThreadState ts) => Unsafe.As<PyGenerator>(self).NextIn(ts);

    // FOR_ITER_GEN (see GeneratorEntryPoints): the eval loop runs the frame, and these are the generator's
    // side of each step, as BeginRun, Paused and Ended are around EvalLoop.Resume in NextIn.

    internal static Frame? EnterInline(PyObject self, ThreadState ts)
    {
        var g = Unsafe.As<PyGenerator>(self);
        var f = g._frame;
        if (f is null || g._running || f.LastI < 0) return null;
        g.BeginRun(ts);
        return f;
    }

    internal static void YieldedInline(Frame f, ThreadState ts) => Unsafe.As<PyGenerator>(f.Generator!).Paused(ts, f);

    internal static void ReturnedInline(Frame f, ThreadState ts) => Unsafe.As<PyGenerator>(f.Generator!).Ended(ts, f);

    internal static PyBaseException RaisedInline(Frame f, ThreadState ts, PyBaseException exc)
    {
        var g = Unsafe.As<PyGenerator>(f.Generator!);
        g.Ended(ts, f);
        return g.Escaping(new PyException(exc)).Value;
    }

    /// <summary>tp_iternext for C# consumers (list(), sum(), next()...): SendEx's resume with None, without its checks.</summary>
    private PyObject? NextIn(ThreadState ts)
    {
        var f = _frame;
        if (f is null) return null;
        if (_running || f.LastI < 0)
            return SendEx(Py.None, null, false, out var result) == SendResult.Next ? result : null;
        BeginRun(ts);
        PyObject value;
        try
        {
            value = EvalLoop.Resume(ts, f, Py.None, null);
        }
        catch (PyException e)
        {
            Ended(ts, f);
            throw Escaping(e);
        }
        if (f.Yielded)
        {
            Paused(ts, f);
            return value;
        }
        Ended(ts, f);
        return null;
    }

    public override string Repr() => $"<generator object {QualName} at {Ops.IdHex(this)}>";
}
