// The async generator object (CPython's PyAsyncGenObject): an `async def` with `yield`. Its frame
// yields two kinds of values: its own `yield x` (wrapped by ASYNC_GEN_WRAP into a
// PyAsyncGenWrappedValue) and whatever its awaits pass up to the event loop (raw values). The
// awaitables returned by __anext__/asend (PyAsyncGenASend) and athrow/aclose (PyAsyncGenAThrow) drive
// the frame, pass raw values up, and turn a wrapped value into the await's result (StopIteration).
namespace GilRuntime.Generators;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public sealed class PyAsyncGenerator : PyGenBase
{
    public static readonly PyType TypeObject = PyType.Builtin("async_generator", typeof(PyAsyncGenerator));

    /// <summary>ag_running_async: an asend/athrow awaitable is driving the frame (ag_running).</summary>
    internal bool RunningAsync;
    /// <summary>ag_closed: the generator finished by StopAsyncIteration/GeneratorExit or aclose() began.</summary>
    internal bool Closed;
    private bool _hooksInited;
    /// <summary>The sys.set_asyncgen_hooks finalizer seen at the first iteration (ag_origin_or_finalizer).</summary>
    internal PyObject? FinalizerHook;

    static PyAsyncGenerator()
    {
        var t = TypeObject;
        GeneratorMethods.RegisterCommon(t);
        t.AddMethod("__aiter__", static (self, a, k) => { ArgParser.Exactly("__aiter__", a, k, 0); return self; });
        t.AddMethod("__anext__", static (self, a, k) =>
        {
            ArgParser.Exactly("__anext__", a, k, 0);
            var g = (PyAsyncGenerator)self;
            g.InitHooks();
            return new PyAsyncGenASend(g, null);
        });
        t.AddMethod("asend", static (self, a, k) =>
        {
            ArgParser.NoKeywords("async_generator.asend", k);
            if (a.Length != 1) throw PyErr.TypeError($"async_generator.asend() takes exactly one argument ({a.Length} given)");
            var g = (PyAsyncGenerator)self;
            g.InitHooks();
            return new PyAsyncGenASend(g, a[0]);
        });
        t.AddMethod("athrow", static (self, a, k) =>
        {
            ArgParser.NoKeywords("athrow", k);
            var g = (PyAsyncGenerator)self;
            g.InitHooks();
            return new PyAsyncGenAThrow(g, a.ToArray());
        });
        t.AddMethod("aclose", static (self, a, k) =>
        {
            ArgParser.Exactly("async_generator.aclose", a, k, 0);
            var g = (PyAsyncGenerator)self;
            g.InitHooks();
            return new PyAsyncGenAThrow(g, null);
        });
        GeneratorMethods.AddGetter(t, "ag_frame", static g => g.Frame is { } f ? f.MarkEscaped() : Py.None);
        GeneratorMethods.AddGetter(t, "ag_running", static g => Py.Bool(((PyAsyncGenerator)g).RunningAsync));
        GeneratorMethods.AddGetter(t, "ag_code", static g => g.Code);
        GeneratorMethods.AddGetter(t, "ag_await", static g => g.YieldFrom() ?? Py.None);
    }

    public PyAsyncGenerator(Frame frame) : base(frame, GenKind.AsyncGenerator)
    {
    }

    public override PyType Type => TypeObject;

    /// <summary>async_gen_init_hooks: on the first __anext__/asend/athrow/aclose, remember the finalizer hook and call firstiter.</summary>
    internal void InitHooks()
    {
        if (_hooksInited) return;
        _hooksInited = true;
        var ts = ThreadState.Current;
        FinalizerHook = ts.AsyncGenFinalizer;
        if (FinalizerHook is not null) Arm();
        if (ts.AsyncGenFirstIter is { } firstIter) firstIter.Call([this], null);
    }

    /// <summary>async_gen_unwrap_value for an error: StopAsyncIteration and GeneratorExit mark the generator closed.</summary>
    internal PyException UnwrapError(PyException e)
    {
        var t = e.Value.Type;
        if (t.IsSubtype(ExceptionTypes.StopAsyncIteration) || t.IsSubtype(ExceptionTypes.GeneratorExit)) Closed = true;
        RunningAsync = false;
        return e;
    }

    /// <summary>A send into the frame as asend/athrow make it: Next with a raw (awaited) value, or Return with the value of the generator's own yield.</summary>
    internal SendResult SendUnwrapped(PyObject arg, out PyObject result)
    {
        SendResult kind;
        try
        {
            kind = Send(arg, out result);
        }
        catch (PyException e)
        {
            throw UnwrapError(e);
        }
        if (kind == SendResult.Return) throw UnwrapError(PyErr.New(ExceptionTypes.StopAsyncIteration));
        return Unwrap(ref result);
    }

    /// <summary>throw() into the frame, then unwrapped as SendUnwrapped does.</summary>
    internal SendResult ThrowUnwrapped(PyObject typ, PyObject? val, PyObject? tb, bool closeOnGenExit, out PyObject result)
    {
        try
        {
            result = Throw(typ, val, tb, closeOnGenExit);
        }
        catch (PyException e)
        {
            throw UnwrapError(e);
        }
        return Unwrap(ref result);
    }

    private SendResult Unwrap(ref PyObject result)
    {
        if (result is PyAsyncGenWrappedValue w)
        {
            RunningAsync = false;
            result = w.Value;
            return SendResult.Return;
        }
        return SendResult.Next;
    }

    public override string Repr() => $"<async_generator object {QualName} at {Ops.IdHex(this)}>";
}

/// <summary>The state of an asend/athrow awaitable (CPython's AwaitableState).</summary>
internal enum AwaitableState : byte
{
    Init,
    Iter,
    Closed,
}

/// <summary>
/// Shared face of async_generator_asend and async_generator_athrow: awaitable (__await__ is self),
/// iterators (__next__ is send(None)), with send/throw/close. A Return from Send is the await's
/// result: StopIteration(value) at the Python level.
/// </summary>
public abstract class PyAsyncGenAwaitable : PyObject, IGeneratorLike
{
    private protected readonly PyAsyncGenerator _gen;
    private protected AwaitableState _state;

    private protected PyAsyncGenAwaitable(PyAsyncGenerator gen) => _gen = gen;

    internal static void Register(PyType t, string typeName)
    {
        t.AddMethod("__await__", static (self, a, k) => { ArgParser.Exactly("__await__", a, k, 0); return self; });
        t.AddMethod("__iter__", static (self, a, k) => { ArgParser.Exactly("__iter__", a, k, 0); return self; });
        t.AddMethod("__next__", static (self, a, k) =>
        {
            ArgParser.Exactly("__next__", a, k, 0);
            return Stop(((PyAsyncGenAwaitable)self).Send(Py.None, out var r), r);
        });
        var sendName = typeName + ".send";
        t.AddMethod("send", (self, a, k) =>
        {
            ArgParser.NoKeywords(sendName, k);
            if (a.Length != 1) throw PyErr.TypeError($"{sendName}() takes exactly one argument ({a.Length} given)");
            return Stop(((PyAsyncGenAwaitable)self).Send(a[0], out var r), r);
        });
        t.AddMethod("throw", static (self, a, k) =>
        {
            GeneratorMethods.CheckThrowArgs(a, k);
            return Stop(((PyAsyncGenAwaitable)self).ThrowIn(a[0], a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null, out var r), r);
        });
        var closeName = typeName + ".close";
        t.AddMethod("close", (self, a, k) =>
        {
            ArgParser.Exactly(closeName, a, k, 0);
            ((PyAsyncGenAwaitable)self)._state = AwaitableState.Closed;
            return Py.None;
        });
    }

    /// <summary>_PyGen_SetStopIterationValue: the await's result travels in StopIteration's args.</summary>
    private static PyObject Stop(SendResult kind, PyObject result) => PyGenBase.ResultOrStop(kind, result);

    public abstract SendResult Send(PyObject arg, out PyObject result);
    internal abstract SendResult ThrowIn(PyObject typ, PyObject? val, PyObject? tb, out PyObject result);

    public override PyObject Iter() => this;

    public override PyObject? Next() => Send(Py.None, out var r) == SendResult.Next ? r : null;

    public bool IsCoroutine => false;
    public bool IsIterator => true;
    public bool IsIterableCoroutine => false;
    public PyObject? YieldFromTarget() => null;
}

/// <summary>async_generator_asend: what __anext__() and asend(value) return.</summary>
public sealed class PyAsyncGenASend : PyAsyncGenAwaitable
{
    public static readonly PyType TypeObject = PyType.Builtin("async_generator_asend", typeof(PyAsyncGenASend));

    private readonly PyObject? _sendValue;

    static PyAsyncGenASend() => Register(TypeObject, "async_generator_asend");

    public PyAsyncGenASend(PyAsyncGenerator gen, PyObject? sendValue) : base(gen) => _sendValue = sendValue;

    public override PyType Type => TypeObject;

    public override SendResult Send(PyObject arg, out PyObject result)
    {
        if (_state == AwaitableState.Closed)
            throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (_state == AwaitableState.Init)
        {
            if (_gen.RunningAsync)
                throw PyErr.RuntimeError("anext(): asynchronous generator is already running");
            if (arg is PyNone && _sendValue is not null) arg = _sendValue;
            _state = AwaitableState.Iter;
        }
        _gen.RunningAsync = true;
        try
        {
            var kind = _gen.SendUnwrapped(arg, out result);
            if (kind == SendResult.Return) _state = AwaitableState.Closed;
            return kind;
        }
        catch (PyException)
        {
            _state = AwaitableState.Closed;
            throw;
        }
    }

    internal override SendResult ThrowIn(PyObject typ, PyObject? val, PyObject? tb, out PyObject result)
    {
        if (_state == AwaitableState.Closed)
            throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        try
        {
            var kind = _gen.ThrowUnwrapped(typ, val, tb, true, out result);
            if (kind == SendResult.Return) _state = AwaitableState.Closed;
            return kind;
        }
        catch (PyException)
        {
            _state = AwaitableState.Closed;
            throw;
        }
    }
}

/// <summary>async_generator_athrow: what athrow(...) and (with no arguments: aclose mode) aclose() return.</summary>
public sealed class PyAsyncGenAThrow : PyAsyncGenAwaitable
{
    public static readonly PyType TypeObject = PyType.Builtin("async_generator_athrow", typeof(PyAsyncGenAThrow));

    /// <summary>athrow's arguments (checked when first awaited), or null for aclose().</summary>
    private readonly PyObject[]? _args;

    static PyAsyncGenAThrow() => Register(TypeObject, "async_generator_athrow");

    public PyAsyncGenAThrow(PyAsyncGenerator gen, PyObject[]? args) : base(gen) => _args = args;

    public override PyType Type => TypeObject;

    public override SendResult Send(PyObject arg, out PyObject result)
    {
        if (_state == AwaitableState.Closed)
            throw PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (_gen.Finished)
        {
            _state = AwaitableState.Closed;
            result = Py.None;
            return SendResult.Return;
        }
        if (_state == AwaitableState.Init)
        {
            if (_gen.RunningAsync)
            {
                _state = AwaitableState.Closed;
                throw PyErr.RuntimeError(_args is null ? "aclose(): asynchronous generator is already running"
                    : "athrow(): asynchronous generator is already running");
            }
            if (_gen.Closed)
            {
                _state = AwaitableState.Closed;
                throw PyErr.New(ExceptionTypes.StopAsyncIteration);
            }
            if (arg is not PyNone)
                throw PyErr.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = AwaitableState.Iter;
            _gen.RunningAsync = true;
            if (_args is null)
            {
                // aclose(): GeneratorExit at the paused yield; an `await` in a finally may still suspend.
                _gen.Closed = true;
                PyObject r;
                try
                {
                    r = _gen.Throw(ExceptionTypes.GeneratorExit, null, null, closeOnGenExit: false);
                }
                catch (PyException e)
                {
                    return CheckError(e, out result);
                }
                if (r is PyAsyncGenWrappedValue) throw YieldClose();
                result = r;
                return SendResult.Next;
            }
            if (_args.Length < 1 || _args.Length > 3)
                throw PyErr.TypeError(_args.Length < 1 ? $"athrow expected at least 1 argument, got {_args.Length}"
                    : $"athrow expected at most 3 arguments, got {_args.Length}");
            try
            {
                return _gen.ThrowUnwrapped(_args[0], _args.Length > 1 ? _args[1] : null, _args.Length > 2 ? _args[2] : null,
                    false, out result) == SendResult.Return ? Done(out result, result) : SendResult.Next;
            }
            catch (PyException e)
            {
                return CheckError(e, out result);
            }
        }
        // Iterating: the generator awaits something inside its except/finally.
        if (_args is not null)
        {
            try
            {
                return _gen.SendUnwrapped(arg, out result) == SendResult.Return ? Done(out result, result) : SendResult.Next;
            }
            catch (PyException e)
            {
                return CheckError(e, out result);
            }
        }
        SendResult kind;
        try
        {
            kind = _gen.Send(arg, out result);
        }
        catch (PyException e)
        {
            return CheckError(e, out result);
        }
        if (kind == SendResult.Return) return CheckError(PyErr.New(ExceptionTypes.StopAsyncIteration), out result);
        if (result is PyAsyncGenWrappedValue) throw YieldClose();
        return SendResult.Next;
    }

    /// <summary>The athrow's await finished with the value of the generator's next `yield`.</summary>
    private SendResult Done(out PyObject result, PyObject value)
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        result = value;
        return SendResult.Return;
    }

    private PyException YieldClose()
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        return PyErr.RuntimeError("async generator ignored GeneratorExit");
    }

    /// <summary>check_error: the await is over; for aclose() the generator's end is its success.</summary>
    private SendResult CheckError(PyException e, out PyObject result)
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        var t = e.Value.Type;
        if (_args is null && (t.IsSubtype(ExceptionTypes.StopAsyncIteration) || t.IsSubtype(ExceptionTypes.GeneratorExit)))
        {
            result = Py.None;
            return SendResult.Return;
        }
        throw e;
    }

    internal override SendResult ThrowIn(PyObject typ, PyObject? val, PyObject? tb, out PyObject result)
    {
        if (_state == AwaitableState.Closed)
            throw PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (_args is not null) return _gen.ThrowUnwrapped(typ, val, tb, true, out result);
        try
        {
            result = _gen.Throw(typ, val, tb);
        }
        catch (PyException e)
        {
            var t = e.Value.Type;
            if (t.IsSubtype(ExceptionTypes.StopAsyncIteration) || t.IsSubtype(ExceptionTypes.GeneratorExit))
            {
                result = Py.None;
                return SendResult.Return;
            }
            throw;
        }
        if (result is PyAsyncGenWrappedValue) throw YieldClose();
        return SendResult.Next;
    }
}
