// What generators, coroutines and async generators share (CPython shares gen_send_ex2, _gen_throw,
// gen_close and _PyGen_yf between the three in Objects/genobject.c): the owned frame, the running
// flag, the saved exception state, and send/throw/close with the messages of each kind.
//
// The subclasses are sealed; PyGenerator keeps its own allocation-free Next() for `for` loops.
namespace GilRuntime.Generators;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

/// <summary>Which of the three frame-owning objects this is (CPython's PyGen/PyCoro/PyAsyncGen_CheckExact).</summary>
public enum GenKind : byte
{
    Generator,
    Coroutine,
    AsyncGenerator,
}

public abstract class PyGenBase : PyObject, IGeneratorLike, IPyFinalizable
{
    /// <summary>The suspended (or running) frame; null once finished (gi_frame is None).</summary>
    private protected Frame? _frame;
    private protected readonly CodeObject _code;
    /// <summary>gi_running: set while the frame runs, so a re-entrant resume is refused.</summary>
    private protected bool _running;
    /// <summary>gi_exc_state: the exception being handled when the frame yielded, restored on resume.</summary>
    private protected PyBaseException? _excState;
    private protected readonly GenKind _kind;

    /// <summary>The finalization sentinel, made only when finalizing would do something (see GenFinalizer).</summary>
    private protected GenFinalizer? _finalizer;
    /// <summary>tp_finalize runs once per object, as CPython's GC guarantees.</summary>
    private bool _finalized;

    public string Name;
    public string QualName;

    private protected PyGenBase(Frame frame, GenKind kind)
    {
        _frame = frame;
        _code = frame.Code;
        _kind = kind;
        frame.Generator = this;
        Name = frame.Function?.Name ?? frame.Code.co_name;
        QualName = frame.Function?.QualName ?? frame.Code.co_qualname;
    }

    public CodeObject Code => _code;
    public Frame? Frame => _frame;
    public bool Running => _running;
    public GenKind Kind => _kind;
    /// <summary>gi_suspended: paused at a yield (not just created, not running, not finished).</summary>
    public bool Suspended => _frame is { LastI: >= 0 } && !_running;
    /// <summary>FRAME_CREATED: made by the call, never resumed.</summary>
    public bool NotStarted => _frame is { LastI: < 0 };
    public bool Finished => _frame is null;

    public bool IsCoroutine => _kind == GenKind.Coroutine;
    public bool IsIterator => _kind == GenKind.Generator;
    public bool IsIterableCoroutine => _kind == GenKind.Generator && (_code.co_flags & CodeFlags.IterableCoroutine) != 0;
    PyObject? IGeneratorLike.YieldFromTarget() => YieldFrom();

    /// <summary>The type name used in messages: "generator", "coroutine", "async generator".</summary>
    private protected string KindText => _kind switch
    {
        GenKind.Coroutine => "coroutine",
        GenKind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    public SendResult Send(PyObject arg, out PyObject result) => SendEx(arg, null, false, out result);

    /// <summary>
    /// gen_send_ex2: runs the frame until it yields or returns; with <paramref name="exc"/>, raises it at
    /// the paused yield. Errors (including PEP 479's RuntimeError) are thrown as PyException.
    /// <paramref name="closing"/> is set by close(), which must stay silent on a finished coroutine.
    /// </summary>
    internal SendResult SendEx(PyObject arg, PyBaseException? exc, bool closing, out PyObject result)
    {
        var f = _frame;
        if (f is { LastI: < 0 } && exc is null && arg is not PyNone)
            throw PyErr.TypeError($"can't send non-None value to a just-started {KindText}");
        if (_running) throw PyErr.ValueError($"{KindText} already executing");
        if (f is null)
        {
            if (_kind == GenKind.Coroutine && !closing)
                throw PyErr.RuntimeError("cannot reuse already awaited coroutine");
            if (exc is not null) throw new PyException(exc);
            result = Py.None;
            return SendResult.Return;
        }

        var ts = ThreadState.Current;
        if (_excState is { } own && exc is not null) ChainContext(exc, own);
        BeginRun(ts);
        PyObject value;
        try
        {
            value = EvalLoop.Resume(ts, f, arg, exc);
        }
        catch (PyException e)
        {
            Ended(ts, f);
            throw Escaping(e);
        }
        if (f.Yielded)
        {
            Paused(ts, f);
            result = value;
            return SendResult.Next;
        }
        Ended(ts, f);
        result = value;
        return SendResult.Return;
    }

    // The bracket around every run of the frame, whoever runs it (SendEx, PyGenerator.NextIn, or the eval
    // loop itself for a for loop: PyGenerator.EnterInline and the rest).

    /// <summary>gi_exc_state: the generator's own exc_info item goes on top of the resumer's, and it is running.</summary>
    private protected void BeginRun(ThreadState ts)
    {
        ts.PushExcInfo(_excState);
        _running = true;
    }

    /// <summary>
    /// The run paused at a yield: the frame leaves the thread's chain, the generator's exc_info is saved and
    /// the resumer's is current again; a yield inside a try or with block arms the finalizer.
    /// </summary>
    private protected void Paused(ThreadState ts, Frame f)
    {
        _running = false;
        f.Back = null;
        // Written out so that the usual case, no exception being handled, stores null: no write barrier.
        if (ts.HandledException is { } handled) _excState = handled;
        else _excState = null;
        ts.PopExcInfo();
        if (_finalizer is null && f.Code.ExceptionTable.Length != 0) ArmIfInHandler(f);
    }

    /// <summary>The run ended in a return or an exception: the generator is finished.</summary>
    private protected void Ended(ThreadState ts, Frame f)
    {
        _running = false;
        f.Back = null;
        _frame = null;
        _excState = null;
        ts.PopExcInfo();
        if (_finalizer is not null) Disarm();
    }

    // ---- finalization (_PyGen_Finalize) --------------------------------------------------------------

    /// <summary>Gives this object a finalization sentinel (once; never again after it was finalized).</summary>
    private protected void Arm()
    {
        if (_finalizer is not null || _finalized) return;
        _finalizer = new GenFinalizer(this, ThreadState.Current.Interpreter.Finalization);
    }

    /// <summary>A yield inside a try/with (an exception-table range): closing it later would run code.</summary>
    private protected void ArmIfInHandler(Frame f)
    {
        if (f.Code.FindHandler(f.LastI) is not null) Arm();
    }

    /// <summary>Finished: nothing left to finalize.</summary>
    private void Disarm()
    {
        GC.SuppressFinalize(_finalizer!);
        _finalizer = null;
    }

    /// <summary>Dropped at once (PendingFinalization.Dropped): the sentinel is cancelled; finalize now if it was armed.</summary>
    public bool CancelSentinel()
    {
        if (_finalizer is null) return false;
        Disarm();
        return true;
    }

    /// <summary>_PyGen_Finalize: the async generator's finalizer hook, the "never awaited" warning, or close().</summary>
    public void RunFinalizer()
    {
        _finalizer = null;
        _finalized = true;
        if (_frame is null) return;
        var ts = ThreadState.Current;
        if (this is PyAsyncGenerator ag && ag.FinalizerHook is { } hook && !ag.Closed)
        {
            // At exit CPython no longer calls the hook: the event loop that set it is gone.
            if (!ts.Interpreter.IsFinalizing) hook.Call([this], null);
            return;
        }
        if (_kind == GenKind.Coroutine && _frame.LastI < 0)
        {
            WarnUnawaited(ts);
            return;
        }
        Close();
    }

    /// <summary>_PyErr_WarnUnawaitedCoroutine: through warnings._warn_unawaited_coroutine, as CPython does.</summary>
    private void WarnUnawaited(ThreadState ts)
    {
        PyObject? fn = null;
        try
        {
            var warnings = ts.Interpreter.ImportName("warnings", null, null, 0);
            fn = warnings.LookupAttr(PyStr.Intern("_warn_unawaited_coroutine"));
        }
        catch (PyException)
        {
        }
        if (fn is not null)
        {
            fn.Call([this], null);
            return;
        }
        var warn = ts.Interpreter.ImportName("warnings", null, null, 0).LookupAttr(PyStr.Intern("warn"));
        warn?.Call([PyStr.From($"coroutine '{QualName}' was never awaited"), ExceptionTypes.RuntimeWarning], null);
    }

    /// <summary>An exception leaving the frame: PEP 479's StopIteration (and, in async generators, StopAsyncIteration) become RuntimeError.</summary>
    private protected PyException Escaping(PyException e)
    {
        var t = e.Value.Type;
        if (t.IsSubtype(ExceptionTypes.StopIteration)) return FromCause($"{KindText} raised StopIteration", e.Value);
        if (_kind == GenKind.AsyncGenerator && t.IsSubtype(ExceptionTypes.StopAsyncIteration))
            return FromCause("async generator raised StopAsyncIteration", e.Value);
        return e;
    }

    private static PyException FromCause(string message, PyBaseException cause)
    {
        var err = PyErr.RuntimeError(message);
        err.Value.Cause = cause;
        err.Value.Context = cause;
        err.Value.SuppressContext = true;
        return err;
    }

    /// <summary>_PyErr_ChainStackItem: the exception thrown in gets the one being handled as __context__ (no cycles).</summary>
    private static void ChainContext(PyBaseException exc, PyBaseException handled)
    {
        if (ReferenceEquals(exc, handled)) return;
        for (var o = handled; o.Context is { } ctx; o = ctx)
            if (ReferenceEquals(ctx, exc)) { o.Context = null; break; }
        exc.Context = handled;
    }

    /// <summary>_PyGen_yf: the iterator a paused `yield from` (or await) delegates to, or null.</summary>
    internal PyObject? YieldFrom()
    {
        var f = _frame;
        if (f is null || f.LastI < 0) return null;
        var insts = f.Code.Decoded;
        int next = f.LastI + 1;
        if (next >= insts.Length) return null;
        int word = insts[next];
        if ((OpCode)(byte)word != OpCode.RESUME || (word >> 8) < 2) return null;
        return f.LocalsPlus[f.StackTop - 1];
    }

    /// <summary>gen.throw(typ[, val[, tb]]) (_gen_throw): delegates to a `yield from`/await target first.</summary>
    internal PyObject Throw(PyObject typ, PyObject? val, PyObject? tb, bool closeOnGenExit = true)
    {
        var yf = YieldFrom();
        if (yf is not null)
        {
            PyObject? ret = null;
            PyException? failure = null;
            if (closeOnGenExit && IsGeneratorExit(typ))
            {
                _running = true;
                try { CloseIter(yf); }
                catch (PyException e) { failure = e; }
                finally { _running = false; }
                if (failure is not null) return Outcome(SendEx(Py.None, failure.Value, false, out var r1), r1);
                return ThrowHere(typ, val, tb);
            }
            PyObject? meth = null;
            if (!(yf is PyGenBase { _kind: not GenKind.AsyncGenerator }))
            {
                meth = yf.LookupAttr(PyStr.Intern("throw"));
                // A delegate without throw(): the exception is raised at the paused await/yield from.
                if (meth is null) return ThrowHere(typ, val, tb);
            }
            _running = true;
            try
            {
                if (meth is null) ret = ((PyGenBase)yf).Throw(typ, val, tb, closeOnGenExit);
                else
                    ret = val is null ? meth.Call([typ], null)
                        : tb is null ? meth.Call([typ, val], null)
                        : meth.Call([typ, val, tb], null);
            }
            catch (PyException e) { failure = e; }
            finally { _running = false; }
            if (failure is null) return ret!;
            // The delegate finished: pop it and continue after the `yield from` loop (at SEND's target),
            // with its StopIteration value as the result, or raise its exception here.
            PopYieldFrom();
            if (failure.Value is PyStopIteration si)
                return Outcome(SendEx(si.Value, null, false, out var r2), r2);
            return Outcome(SendEx(Py.None, failure.Value, false, out var r3), r3);
        }
        return ThrowHere(typ, val, tb);
    }

    /// <summary>Moves a frame paused in a `yield from` loop to just after it, the delegate popped off its stack.</summary>
    private void PopYieldFrom()
    {
        var f = _frame!;
        f.LocalsPlus[--f.StackTop] = null;
        var insts = f.Code.Decoded;
        // LastI is the YIELD_VALUE; the SEND before it jumps (arg) past the loop when the delegate returns.
        int sendIndex = f.LastI - 1;
        int target = sendIndex + 1 + (insts[sendIndex] >> 8);
        f.LastI = target - 1;
    }

    private static bool IsGeneratorExit(PyObject typ) =>
        typ is PyType t ? t.IsSubtype(ExceptionTypes.GeneratorExit)
        : typ is PyBaseException be && be.Type.IsSubtype(ExceptionTypes.GeneratorExit);

    private PyObject ThrowHere(PyObject typ, PyObject? val, PyObject? tb)
    {
        if (tb is PyNone) tb = null;
        else if (tb is not null && tb is not PyTraceback)
            throw PyErr.TypeError("throw() third argument must be a traceback object");
        if (val is PyNone) val = null;
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtype(ExceptionTypes.BaseException))
            exc = Normalize(t, val);
        else if (typ is PyBaseException inst)
        {
            if (val is not null)
                throw PyErr.TypeError("instance exception may not have a separate value");
            exc = inst;
        }
        else
            throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
        if (tb is not null) exc.Traceback = tb;
        var f = _frame;
        if (f is { LastI: < 0 })
        {
            // Not started: CPython's frame is parked on RETURN_GENERATOR, so the exception is raised there.
            var insts = f.Code.Decoded;
            int i = 0;
            while (i < insts.Length && (OpCode)(byte)insts[i] != OpCode.RETURN_GENERATOR) i++;
            if (i < insts.Length) f.LastI = i;
        }
        return Outcome(SendEx(Py.None, exc, false, out var result), result);
    }

    /// <summary>PyErr_NormalizeException for throw(type, value).</summary>
    private static PyBaseException Normalize(PyType type, PyObject? val)
    {
        if (val is PyBaseException be && be.Type.IsSubtype(type)) return be;
        PyObject made = val is null ? type.Call([], null)
            : val is PyTuple tup ? type.Call(tup.Items, null)
            : type.Call([val], null);
        if (made is PyBaseException mb) return mb;
        throw PyErr.TypeError($"calling {type.Repr()} should have returned an instance of BaseException, not {made.Type.Name}");
    }

    /// <summary>gen_send_ex's result for this kind: the value, or (when it returned) StopIteration, or for an async generator StopAsyncIteration.</summary>
    private protected PyObject Outcome(SendResult kind, PyObject result)
    {
        if (kind == SendResult.Next) return result;
        if (_kind == GenKind.AsyncGenerator) throw PyErr.New(ExceptionTypes.StopAsyncIteration);
        return ResultOrStop(kind, result);
    }

    /// <summary>gen_send's public face: a yielded value, or StopIteration carrying the return value.</summary>
    internal static PyObject ResultOrStop(SendResult kind, PyObject result)
    {
        if (kind == SendResult.Next) return result;
        throw result is PyNone ? PyErr.StopIteration() : PyErr.StopIteration(result);
    }

    /// <summary>gen.close() (gen_close): GeneratorExit at the paused yield; a yield in reply is an error.</summary>
    public PyObject Close()
    {
        var yf = YieldFrom();
        PyBaseException? exc = null;
        if (yf is not null)
        {
            _running = true;
            try { CloseIter(yf); }
            catch (PyException e) { exc = e.Value; }
            finally { _running = false; }
        }
        exc ??= PyErr.New(ExceptionTypes.GeneratorExit).Value;
        if (_frame is { LastI: < 0 })
        {
            // Never started: nothing can catch the GeneratorExit, the frame simply ends.
            _frame.Back = null;
            _frame = null;
            if (_finalizer is not null) Disarm();
            return Py.None;
        }
        try
        {
            if (SendEx(Py.None, exc, true, out _) == SendResult.Next)
            {
                var msg = _kind switch
                {
                    GenKind.Coroutine => "coroutine ignored GeneratorExit",
                    GenKind.AsyncGenerator => "async generator ignored GeneratorExit",
                    _ => "generator ignored GeneratorExit",
                };
                throw PyErr.RuntimeError(msg);
            }
        }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.StopIteration)
                                    || e.Value.Type.IsSubtype(ExceptionTypes.GeneratorExit))
        {
        }
        return Py.None;
    }

    /// <summary>gen_close_iter: closes a `yield from`/await delegate (its close method, if it has one).</summary>
    private static void CloseIter(PyObject yf)
    {
        if (yf is PyGenBase g && g._kind != GenKind.AsyncGenerator) { g.Close(); return; }
        var close = yf.LookupAttr(PyStr.Intern("close"));
        close?.Call([], null);
    }
}
