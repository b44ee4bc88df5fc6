// The eval loop (CPython's _PyEval_EvalFrameDefault), in two methods. Dispatch is one switch over
// decoded word-code, compiled to a single jump table, with the code array, ip, the localsplus array
// and sp in locals. It has no try region, because locals that live across one stay in memory: its hot
// values keep their registers. Common opcodes are handled inline with exact-type fast paths; rare ones
// call NoInlining helpers in the other EvalLoop.*.cs partials so Dispatch stays small enough to optimize.
//
// Exceptions: a raised Python exception is a .NET PyException. Execute calls Dispatch inside a try.
// Dispatch stores each instruction's index in f.LastI before running it (CPython's prev_instr), so
// whatever a helper throws, the catch knows where. A RAISE/RERAISE in the bytecode is handed over
// without a .NET throw (Dispatch returns null). Execute records a traceback entry and looks the
// faulting instruction up in co_exceptiontable (CPython 3.11's zero-cost scheme). It clears the value
// stack above the handler's depth, pushes lasti if asked, pushes the exception and re-enters Dispatch
// at the handler. No handler: the exception leaves the frame by being thrown to the caller's eval loop.
namespace GilRuntime.Core.Runtime;

using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal static partial class EvalLoop
{
    /// <summary>
    /// GILRUN_NO_EVAL_BREAKER=1 removes the breaker checks and the instruction counter from the
    /// compiled loop (a static readonly the JIT folds): only for benchmarks/EvalBreakerBenchmarks,
    /// which measures what polling costs. Threads cannot switch in that mode.
    /// </summary>
    private static readonly bool s_noEvalBreaker = Environment.GetEnvironmentVariable("GILRUN_NO_EVAL_BREAKER") == "1";

    // The generator type and its entry points (set by the Generators assembly through RegisterGenerator):
    // a `for` over a generator runs the generator's frame in the same Dispatch (FOR_ITER_GEN), or, when
    // that cannot be done, resumes it with no virtual call and no thread-local lookup.
    private static nint s_generatorType;   // its method table: compared without making a Type object
    private static GeneratorEntryPoints s_generator;

    internal static void RegisterGenerator(Type type, in GeneratorEntryPoints entryPoints)
    {
        s_generator = entryPoints;
        s_generatorType = type.TypeHandle.Value;
    }

    /// <summary>
    /// Whether the OS stack has room for one more Execute activation. The runtime's check costs a call
    /// and a thread lookup, so it runs at every 8th depth only: it guarantees 64 KB or more of headroom,
    /// far more than the eight activations (and the builtins between them) until the next check use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasStackFor(int depth) => (depth & 7) != 0 || RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>
    /// JIT-compiles the dispatch loop now. It is never precompiled (see Dispatch), so its first call
    /// would otherwise pay for compiling it; the CLI calls this on its otherwise idle launching thread
    /// while the interpreter thread starts up.
    /// </summary>
    internal static void PrepareDispatch() =>
        RuntimeHelpers.PrepareMethod(typeof(EvalLoop).GetMethod(nameof(Dispatch), BindingFlags.NonPublic | BindingFlags.Static)!.MethodHandle);

    /// <summary>Pushes <paramref name="f"/> on the thread's frame chain and runs it to completion.</summary>
    internal static PyObject Run(ThreadState ts, Frame f)
    {
        if (++ts.RecursionDepth > ts.Interpreter.RecursionLimit || !HasStackFor(ts.RecursionDepth))
        {
            ts.RecursionDepth--;
            f.MarkEscaped(); // never ran, yet its arguments are in its slots: do not recycle it
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
        f.Back = ts.Frame;
        ts.Frame = f;
        return Execute(ts, f, 0, f.Code.StackBase, null); // pops the frame on every exit, normal or exceptional
    }

    /// <summary>
    /// Resumes a suspended generator frame where its last YIELD_VALUE left it (or at its start):
    /// pushes <paramref name="sendValue"/> as the result of the yield, or, when <paramref name="throwExc"/>
    /// is given, raises it at the yield. On return f.Yielded tells a yield from a return; an exception
    /// leaving the frame propagates as a PyException. The frame keeps its stack and position between runs.
    /// </summary>
    internal static PyObject Resume(ThreadState ts, Frame f, PyObject sendValue, PyBaseException? throwExc)
    {
        if (++ts.RecursionDepth > ts.Interpreter.RecursionLimit || !HasStackFor(ts.RecursionDepth))
        {
            ts.RecursionDepth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
        f.Yielded = false;
        f.Back = ts.Frame;
        ts.Frame = f;
        int ip = f.LastI + 1;
        int sp = ip == 0 ? f.Code.StackBase : f.StackTop;
        // Through a ref, not the array indexer: no covariant store check on every resume.
        if (throwExc is null) new FrameSlots(f.LocalsPlus)[sp++] = sendValue;
        return Execute(ts, f, ip, sp, throwExc);
    }

    /// <summary>
    /// Runs <paramref name="f"/> from <paramref name="ip"/> with the value stack at <paramref name="sp"/>
    /// until it returns or yields, handling its exceptions: this method owns the exception handling and
    /// Dispatch the bytecode. Dispatch has no try region, so its ip, sp and stack live in registers; a
    /// try around the dispatch loop would keep them in memory. Dispatch stores each instruction's index
    /// in f.LastI (as CPython stores frame->prev_instr), which is how an exception thrown by any helper
    /// is located; the value stack above the handler's depth is cleared to the frame's end, so sp need
    /// not survive the throw.
    /// </summary>
    private static unsafe PyObject Execute(ThreadState ts, Frame f, int ip, int sp, PyBaseException? pending)
    {
        // The frame running: f, or a generator frame FOR_ITER runs inline in f's Dispatch. Dispatch keeps
        // ts.Frame on it, so that is where an exception is found to come from.
        var cur = f;
        PyBaseException exc;
        int at;
        bool addTraceback;
        while (true)
        {
            if (pending is not null)
            {
                // generator.throw(): the exception is raised at the paused YIELD_VALUE.
                exc = pending;
                pending = null;
                at = ip - 1;
                addTraceback = true;
            }
            else
            {
                try
                {
                    var result = Dispatch(ts, f, cur, ip, sp);
                    if (result is not null) return result;
                    // RAISE_VARARGS, RERAISE or END_ASYNC_FOR handed an exception over without a .NET throw.
                    cur = ts.Frame!;
                    exc = ts.DispatchRaised!;
                    ts.DispatchRaised = null;
                    at = ts.DispatchRaisedAt;
                    addTraceback = ts.DispatchRaisedNeedsTraceback;
                }
                catch (PyException e)
                {
                    cur = ts.Frame!;
                    exc = e.Value;
                    at = cur.LastI;
                    addTraceback = true;
                    if (exc.Traceback is null) SetContext(ts, exc);
                }
                catch (Exception e) when (!Uncatchable.Is(e))
                {
                    cur = ts.Frame!;
                    exc = TranslateClrException(e);
                    at = cur.LastI;
                    addTraceback = true;
                    SetContext(ts, exc);
                }
            }

            while (true)
            {
                FlushInstructions(ts, cur);
                if (addTraceback)
                {
                    cur.LastI = at;
                    exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, cur, at);
                }
                var code = cur.Code;
                var stack = cur.LocalsPlus;
                int frameEnd = code.FrameSize;
                if (code.FindHandler(at) is { } h)
                {
                    sp = code.StackBase + h.Depth;
                    Array.Clear(stack, sp, frameEnd - sp);
                    if (h.Lasti) stack[sp++] = PyInt.From(at);
                    stack[sp++] = exc;
                    ip = h.Target;
                    break;
                }
                Array.Clear(stack, code.StackBase, frameEnd - code.StackBase);
                LeaveFrame(ts, cur);
                if (ReferenceEquals(cur, f)) throw new PyException(exc);
                // The exception leaves a generator run inline: it finishes, and what it raised (StopIteration
                // turned into RuntimeError) is raised by the FOR_ITER of the frame that resumed it.
                var resumer = cur.Back!;
                exc = s_generator.RaisedInline(cur, ts, exc);
                if (exc.Traceback is null) SetContext(ts, exc);
                cur = resumer;
                at = cur.LastI;
                addTraceback = true;
            }
        }
    }

    /// <summary>
    /// Hands an exception raised by the bytecode itself to Execute without a .NET throw: Dispatch
    /// returns null and Execute unwinds from instruction <paramref name="at"/>.
    /// </summary>
    private static PyObject? HandOverRaise(ThreadState ts, PyBaseException exc, int at, bool addTraceback)
    {
        ts.DispatchRaised = exc;
        ts.DispatchRaisedAt = at;
        ts.DispatchRaisedNeedsTraceback = addTraceback;
        return null;
    }

    /// <summary>The <paramref name="count"/> values from <paramref name="start"/> in a new array; their slots are cleared.</summary>
    private static PyObject[] TakeItems(FrameSlots stack, int start, int count)
    {
        var items = new PyObject[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = stack[start + i]!;
            stack[start + i] = null;
        }
        return items;
    }

    /// <summary>The UnboundLocalError of a superinstruction's second half, located at that instruction.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundLocalAt(Frame f, int at, int local)
    {
        f.LastI = at;
        return UnboundLocal(f.Code, local);
    }

    /// <summary>The frame stops running (returns, yields or raises): its caller is the thread's current frame again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LeaveFrame(ThreadState ts, Frame f)
    {
        ts.Frame = f.Back;
        ts.RecursionDepth--;
        FlushInstructions(ts, f);
    }

    /// <summary>Adds the bytecodes this frame ran since the last flush to its thread's count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FlushInstructions(ThreadState ts, Frame f)
    {
        ts.InstructionsExecuted += f.Instructions;
        f.Instructions = 0;
    }

    /// <summary>
    /// The dispatch loop: runs bytecode until RETURN_VALUE or YIELD_VALUE (returning the value) or a
    /// raise in the bytecode (returning null, see HandOverRaise). Exceptions from helpers propagate to
    /// Execute. Fully optimized from the first call and never precompiled: a module's top-level loop
    /// runs in the activation it started in, and precompiled (ReadyToRun) code is slower.
    /// </summary>
    // No zeroing of this large method's stack frame on entry: every local is definitely assigned, and
    // generators enter here on each resume.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe PyObject? Dispatch(ThreadState ts, Frame entry, Frame f, int ip, int sp)
    {
    // f is entry, or a generator frame that FOR_ITER runs inline; both switches come back here.
    SwitchFrame:
        // Unchecked, as the stack is: the code generator's jumps stay inside the code.
        ref int insts = ref MemoryMarshal.GetArrayDataReference(f.Code.Decoded);
        // Stores through a ref skip the covariant-array type check (StelemRef) an array store pays.
        var stack = new FrameSlots(f.LocalsPlus);
        var consts = f.Code.co_consts;
        var names = f.Code.co_names;
        PyTuple? kwnames = null;

        while (true)
        {
            int word = Unsafe.Add(ref insts, ip);
            f.LastI = ip++;
            if (!s_noEvalBreaker) f.Instructions++;
            int arg = word >> 8;
            switch ((OpCode)(byte)word)
            {
                case OpCode.NOP:
                case OpCode.EXTENDED_ARG:
                    break;

                case OpCode.RESUME:
                    if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f);
                    break;

                case OpCode.LOAD_FAST:
                {
                    var v = stack[arg];
                    if (v is null) throw UnboundLocal(f.Code, arg);
                    stack[sp++] = v;
                    break;
                }

                case OpCode.STORE_FAST:
                    stack[arg] = stack[--sp];
                    break;

                // Superinstructions (see Superinstructions.cs): the second instruction's word follows; it
                // is run here and skipped. Only LOAD_FAST can fail, and its error names its own instruction.
                case Superinstructions.LOAD_FAST__LOAD_FAST:
                {
                    var v = stack[arg];
                    if (v is null) throw UnboundLocal(f.Code, arg);
                    int second = Unsafe.Add(ref insts, ip) >> 8;
                    var w = stack[second];
                    if (w is null) throw UnboundLocalAt(f, ip, second);
                    stack[sp++] = v;
                    stack[sp++] = w;
                    ip++;
                    if (!s_noEvalBreaker) f.Instructions++;
                    break;
                }

                case Superinstructions.LOAD_FAST__LOAD_CONST:
                {
                    var v = stack[arg];
                    if (v is null) throw UnboundLocal(f.Code, arg);
                    stack[sp++] = v;
                    stack[sp++] = consts[Unsafe.Add(ref insts, ip++) >> 8];
                    if (!s_noEvalBreaker) f.Instructions++;
                    break;
                }

                case Superinstructions.LOAD_CONST__LOAD_FAST:
                {
                    int second = Unsafe.Add(ref insts, ip) >> 8;
                    var w = stack[second];
                    if (w is null) throw UnboundLocalAt(f, ip, second);
                    stack[sp++] = consts[arg];
                    stack[sp++] = w;
                    ip++;
                    if (!s_noEvalBreaker) f.Instructions++;
                    break;
                }

                case Superinstructions.STORE_FAST__LOAD_FAST:
                {
                    stack[arg] = stack[sp - 1];
                    int second = Unsafe.Add(ref insts, ip) >> 8;
                    var w = stack[second];
                    if (w is null) { stack[--sp] = null; throw UnboundLocalAt(f, ip, second); }
                    stack[sp - 1] = w;
                    ip++;
                    if (!s_noEvalBreaker) f.Instructions++;
                    break;
                }

                case Superinstructions.STORE_FAST__STORE_FAST:
                    stack[arg] = stack[--sp];
                    stack[Unsafe.Add(ref insts, ip++) >> 8] = stack[--sp];
                    if (!s_noEvalBreaker) f.Instructions++;
                    break;

                case OpCode.LOAD_CONST:
                    stack[sp++] = consts[arg];
                    break;

                case OpCode.POP_TOP:
                    stack[--sp] = null;
                    break;

                case OpCode.PUSH_NULL:
                    stack[sp++] = null;
                    break;

                case OpCode.COPY:
                    stack[sp] = stack[sp - arg];
                    sp++;
                    break;

                case OpCode.SWAP:
                {
                    var t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - arg];
                    stack[sp - arg] = t;
                    break;
                }

                case OpCode.LOAD_GLOBAL:
                {
                    if ((arg & 1) != 0) stack[sp++] = null;
                    var globalCache = f.Code.GlobalCache;
                    var cached = globalCache[ip - 1];
                    if (cached is not null && ReferenceEquals(cached.Globals, f.Globals) && cached.GlobalsVersion == f.Globals.Version
                        && ReferenceEquals(cached.Builtins, f.Builtins) && cached.BuiltinsVersion == f.Builtins.Version)
                        stack[sp++] = cached.Value;
                    else
                        stack[sp++] = LoadGlobalSlow(f, names[arg >> 1], globalCache, ip - 1);
                    break;
                }

                case OpCode.BINARY_OP:
                {
                    var b = stack[--sp]!;
                    var a = stack[sp - 1]!;
                    stack[sp - 1] = BinaryOpFast(a, b, arg);
                    stack[sp] = null;
                    break;
                }

                case OpCode.COMPARE_OP:
                {
                    var b = stack[--sp]!;
                    var a = stack[sp - 1]!;
                    stack[sp] = null;
                    int cmp;
                    if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt)
                        && Unsafe.As<PyInt>(a) is { IsSmall: true } x && Unsafe.As<PyInt>(b) is { IsSmall: true } y)
                        cmp = CompareLongs(x.Value, y.Value, arg) ? 1 : 0;
                    else if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
                        cmp = CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, arg) ? 1 : 0;
                    else
                    {
                        stack[sp - 1] = Ops.RichCompare(a, b, (CompareOp)arg);
                        break;
                    }
                    // compare + conditional jump fused: no bool object is pushed.
                    int next = Unsafe.Add(ref insts, ip);
                    switch ((OpCode)(byte)next)
                    {
                        case OpCode.POP_JUMP_FORWARD_IF_FALSE:
                            sp--; ip++;
                            if (cmp == 0) ip += next >> 8;
                            break;
                        case OpCode.POP_JUMP_FORWARD_IF_TRUE:
                            sp--; ip++;
                            if (cmp != 0) ip += next >> 8;
                            break;
                        case OpCode.POP_JUMP_BACKWARD_IF_FALSE:
                            sp--; ip++;
                            if (cmp == 0) { ip -= next >> 8; if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f); }
                            break;
                        case OpCode.POP_JUMP_BACKWARD_IF_TRUE:
                            sp--; ip++;
                            if (cmp != 0) { ip -= next >> 8; if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f); }
                            break;
                        default:
                            stack[sp - 1] = cmp != 0 ? PyBool.True : PyBool.False;
                            break;
                    }
                    break;
                }

                case OpCode.POP_JUMP_FORWARD_IF_FALSE:
                {
                    var v = stack[--sp]!;
                    stack[sp] = null;
                    if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) ip += arg;
                    break;
                }

                case OpCode.POP_JUMP_FORWARD_IF_TRUE:
                {
                    var v = stack[--sp]!;
                    stack[sp] = null;
                    if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) ip += arg;
                    break;
                }

                case OpCode.POP_JUMP_BACKWARD_IF_FALSE:
                {
                    var v = stack[--sp]!;
                    stack[sp] = null;
                    if (!Ops.IsTrue(v)) { ip -= arg; if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f); }
                    break;
                }

                case OpCode.POP_JUMP_BACKWARD_IF_TRUE:
                {
                    var v = stack[--sp]!;
                    stack[sp] = null;
                    if (Ops.IsTrue(v)) { ip -= arg; if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f); }
                    break;
                }

                case OpCode.POP_JUMP_FORWARD_IF_NONE:
                    if (stack[--sp] is PyNone) ip += arg;
                    stack[sp] = null;
                    break;

                case OpCode.POP_JUMP_FORWARD_IF_NOT_NONE:
                    if (stack[--sp] is not PyNone) ip += arg;
                    stack[sp] = null;
                    break;

                case OpCode.POP_JUMP_BACKWARD_IF_NONE:
                    if (stack[--sp] is PyNone) { ip -= arg; if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f); }
                    stack[sp] = null;
                    break;

                case OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                    if (stack[--sp] is not PyNone) { ip -= arg; if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f); }
                    stack[sp] = null;
                    break;

                case OpCode.JUMP_IF_FALSE_OR_POP:
                    if (!Ops.IsTrue(stack[sp - 1]!)) ip += arg;
                    else stack[--sp] = null;
                    break;

                case OpCode.JUMP_IF_TRUE_OR_POP:
                    if (Ops.IsTrue(stack[sp - 1]!)) ip += arg;
                    else stack[--sp] = null;
                    break;

                case OpCode.JUMP_FORWARD:
                    ip += arg;
                    break;

                case OpCode.JUMP_BACKWARD:
                    ip -= arg;
                    if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f);
                    break;

                case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                    ip -= arg;
                    break;

                case OpCode.GET_ITER:
                    stack[sp - 1] = stack[sp - 1]!.Iter();
                    break;

                case OpCode.FOR_ITER:
                {
                    var iter = stack[sp - 1]!;
                    PyObject? next;
                    if (iter.GetType() == typeof(PyRangeIterator)) next = Unsafe.As<PyRangeIterator>(iter).Next();
                    else if (iter.GetType() == typeof(PyListIterator)) next = Unsafe.As<PyListIterator>(iter).Next();
                    else if (Type.GetTypeHandle(iter).Value == s_generatorType)
                    {
                        // FOR_ITER_GEN: the paused generator's frame continues in this loop. This frame
                        // resumes after it yields (at ip, the value pushed) or returns (at the jump).
                        if (ts.RecursionDepth < ts.Interpreter.RecursionLimit && s_generator.EnterInline(iter, ts) is { } gen)
                        {
                            f.StackTop = sp;
                            ts.RecursionDepth++;
                            gen.Yielded = false;
                            gen.Back = f;
                            ts.Frame = gen;
                            f = gen;
                            ip = gen.LastI + 1;
                            sp = gen.StackTop;
                            new FrameSlots(gen.LocalsPlus)[sp++] = Py.None;
                            goto SwitchFrame;
                        }
                        next = s_generator.Next(iter, ts);
                    }
                    else next = iter.Next();
                    if (next is not null) stack[sp++] = next;
                    else { stack[--sp] = null; ip += arg; }
                    break;
                }

                case OpCode.RETURN_VALUE:
                {
                    var result = stack[--sp]!;
                    LeaveFrame(ts, f);
                    if (ReferenceEquals(f, entry)) return result;
                    // A generator run inline returned: the FOR_ITER that resumed it ends its loop (the value
                    // is dropped, as for loops drop it), popping the generator and taking its jump.
                    var resumer = f.Back!;
                    s_generator.ReturnedInline(f, ts);
                    f = resumer;
                    sp = f.StackTop - 1;
                    f.LocalsPlus[sp] = null;
                    ip = f.LastI + 1 + (f.Code.Decoded[f.LastI] >> 8);
                    goto SwitchFrame;
                }

                case OpCode.YIELD_VALUE:
                {
                    // The frame stays as it is (its owner, a generator, resumes it at ip).
                    var value = stack[--sp]!;
                    stack[sp] = null;
                    f.StackTop = sp;
                    f.Yielded = true;
                    LeaveFrame(ts, f);
                    if (ReferenceEquals(f, entry)) return value;
                    // A generator run inline yielded: its resumer's FOR_ITER pushes the value and goes on.
                    var resumer = f.Back!;
                    s_generator.YieldedInline(f, ts);
                    f = resumer;
                    ip = f.LastI + 1;
                    sp = f.StackTop;
                    new FrameSlots(f.LocalsPlus)[sp++] = value;
                    goto SwitchFrame;
                }

                case OpCode.LOAD_ATTR:
                    if (stack[sp - 1]!.GetType() == typeof(Objects.Classes.PyInstance))
                        stack[sp - 1] = ((Objects.Classes.PyInstance)stack[sp - 1]!).GetAttrFast(names[arg])
                            ?? throw PyErr.NoAttribute(stack[sp - 1]!, names[arg]);
                    else
                        stack[sp - 1] = Ops.GetAttr(stack[sp - 1]!, names[arg]);
                    break;

                case OpCode.STORE_ATTR:
                    stack[sp - 1]!.SetAttr(names[arg], stack[sp - 2]);
                    stack[--sp] = null;
                    stack[--sp] = null;
                    break;

                case OpCode.LOAD_METHOD:
                {
                    var obj = stack[sp - 1]!;
                    var objType = obj.Type;
                    PyObject? meth;
                    if (objType.IsHeapType)
                    {
                        sp = LoadMethodHeap(f.LocalsPlus, sp, obj, objType, names[arg]);
                    }
                    else if (obj is not PyType && obj is not Objects.Classes.PySuper
                             && (meth = objType.LookupMro(names[arg])) is PyMethodDescriptor md)
                    {
                        stack[sp - 1] = md;
                        stack[sp++] = obj;
                    }
                    else
                    {
                        stack[sp - 1] = null;
                        stack[sp++] = Ops.GetAttr(obj, names[arg]);
                    }
                    break;
                }

                case OpCode.KW_NAMES:
                    kwnames = (PyTuple)consts[arg];
                    break;

                case OpCode.CALL:
                {
                    int nargs = arg;
                    int fidx = sp - nargs - 2;
                    var callable = stack[fidx];
                    int argStart;
                    if (callable is null)
                    {
                        callable = stack[fidx + 1]!;
                        argStart = fidx + 2;
                        if (callable is PyMethod bm)
                        {
                            callable = stack[fidx] = bm.Function;
                            stack[fidx + 1] = bm.Self;
                            argStart = fidx + 1;
                            nargs++;
                        }
                    }
                    else
                    {
                        argStart = fidx + 1;
                        nargs++;
                    }
                    var kw = kwnames;
                    kwnames = null;
                    PyObject result;
                    if (callable is PyFunction fn && kw is null)
                        result = CallFunctionFromStack(ts, fn, stack.Args(argStart, nargs));
                    else if (callable is PyMethodDescriptor md && argStart == fidx + 1)
                        result = md.CallWithSelf(stack[argStart]!, stack.Args(argStart + 1, nargs - 1), kw);
                    else if (callable.GetType() == typeof(PyType) && kw is null && argStart == fidx + 2
                             && ((PyType)callable).IsHeapType
                             && ConstructFromStack(ts, (PyType)callable, f.LocalsPlus, argStart, nargs) is { } constructed)
                        result = constructed;
                    else
                        result = callable.Call(stack.Args(argStart, nargs), kw);
                    for (int i = fidx + 1; i < sp; i++) stack[i] = null;
                    sp = fidx + 1;
                    stack[fidx] = result;
                    // This large method's locals may be untracked (reported live throughout): clear the
                    // result so gc.collect() can find an object the program just dropped (finalization).
                    result = null!;
                    if (!s_noEvalBreaker && ts.Breaker.IsSet) HandleEvalBreaker(ts, f);
                    break;
                }

                case OpCode.BINARY_SUBSCR:
                {
                    var sub = stack[--sp]!;
                    var container = stack[sp - 1]!;
                    stack[sp] = null;
                    if (container.GetType() == typeof(PyList) && sub.GetType() == typeof(PyInt)
                        && Unsafe.As<PyInt>(sub) is { IsSmall: true } idx && Unsafe.As<PyList>(container) is var list)
                    {
                        long i = idx.Value;
                        if (i < 0) i += list.Count;
                        if ((ulong)i < (ulong)list.Count) { stack[sp - 1] = list[(int)i]; break; }
                    }
                    stack[sp - 1] = container.GetItem(sub);
                    break;
                }

                case OpCode.STORE_SUBSCR:
                {
                    var sub = stack[sp - 1]!;
                    var container = stack[sp - 2]!;
                    var v = stack[sp - 3]!;
                    if (container.GetType() == typeof(PyList) && sub.GetType() == typeof(PyInt)
                        && Unsafe.As<PyList>(container) is var list && Unsafe.As<PyInt>(sub) is { IsSmall: true } idx
                        && (ulong)(idx.Value < 0 ? idx.Value + list.Count : idx.Value) < (ulong)list.Count)
                        list[(int)(idx.Value < 0 ? idx.Value + list.Count : idx.Value)] = v;
                    else
                        container.SetItem(sub, v);
                    stack[--sp] = null; stack[--sp] = null; stack[--sp] = null;
                    break;
                }

                case OpCode.IS_OP:
                {
                    var b = stack[--sp];
                    stack[sp] = null;
                    bool same = ReferenceEquals(stack[sp - 1], b) ^ (arg != 0);
                    stack[sp - 1] = same ? PyBool.True : PyBool.False;
                    break;
                }

                case OpCode.CONTAINS_OP:
                {
                    var container = stack[--sp]!;
                    stack[sp] = null;
                    bool r = container.Contains(stack[sp - 1]!) ^ (arg != 0);
                    stack[sp - 1] = r ? PyBool.True : PyBool.False;
                    break;
                }

                case OpCode.UNARY_NOT:
                    stack[sp - 1] = Ops.IsTrue(stack[sp - 1]!) ? PyBool.False : PyBool.True;
                    break;

                case OpCode.UNARY_NEGATIVE:
                    stack[sp - 1] = stack[sp - 1]!.Negative();
                    break;

                case OpCode.UNARY_POSITIVE:
                    stack[sp - 1] = stack[sp - 1]!.Positive();
                    break;

                case OpCode.UNARY_INVERT:
                    stack[sp - 1] = stack[sp - 1]!.Invert();
                    break;

                case OpCode.LOAD_DEREF:
                {
                    var v = ((PyCell)stack[f.Code.co_nlocals + arg]!).Value;
                    if (v is null) throw UnboundDeref(f.Code, arg);
                    stack[sp++] = v;
                    break;
                }

                case OpCode.STORE_DEREF:
                    ((PyCell)stack[f.Code.co_nlocals + arg]!).Value = stack[--sp];
                    stack[sp] = null;
                    break;

                case OpCode.LOAD_CLOSURE:
                    stack[sp++] = stack[f.Code.co_nlocals + arg];
                    break;

                case OpCode.MAKE_CELL:
                {
                    int slot = f.Code.co_nlocals + arg;
                    PyObject? initial = null;
                    if (arg < f.Code.Cell2Arg.Length && f.Code.Cell2Arg[arg] >= 0)
                    {
                        initial = stack[f.Code.Cell2Arg[arg]];
                        stack[f.Code.Cell2Arg[arg]] = null;
                    }
                    stack[slot] = new PyCell(initial);
                    break;
                }

                case OpCode.COPY_FREE_VARS:
                {
                    var closure = f.Function?.Closure
                        ?? throw PyErr.SystemError("COPY_FREE_VARS in a frame without a closure");
                    int offset = f.Code.co_nlocals + f.Code.NCells;
                    for (int i = 0; i < arg; i++) stack[offset + i] = closure[i];
                    break;
                }

                case OpCode.LIST_APPEND:
                    ((PyList)stack[sp - 1 - arg]!).Append(stack[--sp]!);
                    stack[sp] = null;
                    break;

                case OpCode.BUILD_TUPLE:
                {
                    if (arg == 0) { stack[sp++] = PyTuple.Empty; break; }
                    sp -= arg;
                    var tuple = new PyTuple(TakeItems(stack, sp, arg));
                    stack[sp++] = tuple;
                    break;
                }

                case OpCode.BUILD_LIST:
                {
                    sp -= arg;
                    var list = new PyList(TakeItems(stack, sp, arg));
                    stack[sp++] = list;
                    break;
                }

                case OpCode.UNPACK_SEQUENCE:
                {
                    var seq = stack[sp - 1]!;
                    if (seq is PyTuple t && t.Count == arg)
                    {
                        sp--;
                        for (int i = arg - 1; i >= 0; i--) stack[sp++] = t.Items[i];
                    }
                    else if (seq is PyList l && l.Count == arg)
                    {
                        sp--;
                        for (int i = arg - 1; i >= 0; i--) stack[sp++] = l[i];
                    }
                    else sp = UnpackSequenceSlow(f.LocalsPlus, sp, arg);
                    break;
                }

                case OpCode.LOAD_NAME:
                    stack[sp++] = LoadName(f, names[arg]);
                    break;

                case OpCode.STORE_NAME:
                {
                    var locals = f.Locals ?? throw PyErr.SystemError($"no locals found when storing {names[arg].Repr()}");
                    if (locals.GetType() == typeof(PyDict)) locals.SetItemStr(names[arg], stack[--sp]!);
                    else locals.SetItem(names[arg], stack[--sp]!);
                    stack[sp] = null;
                    break;
                }

                case OpCode.STORE_GLOBAL:
                    if (f.Globals.GetType() == typeof(PyDict)) f.Globals.SetItemStr(names[arg], stack[--sp]!);
                    else f.Globals.SetItem(names[arg], stack[--sp]!);
                    stack[sp] = null;
                    break;

                case OpCode.DELETE_FAST:
                    if (stack[arg] is null) throw UnboundLocal(f.Code, arg);
                    stack[arg] = null;
                    break;

                case OpCode.MAKE_FUNCTION:
                    sp = MakeFunction(f, f.LocalsPlus, sp, arg);
                    break;

                case OpCode.RAISE_VARARGS:
                {
                    var raised = DoRaise(ts, f.LocalsPlus, sp, arg, out bool addTraceback);
                    return HandOverRaise(ts, raised, ip - 1, addTraceback);
                }

                case OpCode.RERAISE:
                {
                    var raised = (PyBaseException)stack[--sp]!;
                    stack[sp] = null;
                    // The handler is looked up from here; the traceback keeps naming the original lasti.
                    if (arg != 0 && stack[sp - arg] is PyInt li) f.LastI = (int)li.Value;
                    return HandOverRaise(ts, raised, ip - 1, false);
                }

                case OpCode.END_ASYNC_FOR:
                {
                    // StopAsyncIteration ends the loop (drop it and the iterator); anything else is re-raised as it is.
                    var raised = (PyBaseException)stack[--sp]!;
                    stack[sp] = null;
                    if (raised.Type.IsSubtype(ExceptionTypes.StopAsyncIteration))
                    {
                        stack[--sp] = null;
                        break;
                    }
                    return HandOverRaise(ts, raised, ip - 1, false);
                }

                case OpCode.PUSH_EXC_INFO:
                {
                    var v = stack[sp - 1]!;
                    stack[sp - 1] = (PyObject?)ts.HandledException ?? Py.None;
                    ts.HandledException = v as PyBaseException;
                    stack[sp++] = v;
                    break;
                }

                case OpCode.POP_EXCEPT:
                    ts.HandledException = stack[--sp] as PyBaseException;
                    stack[sp] = null;
                    break;

                case OpCode.CHECK_EXC_MATCH:
                    stack[sp - 1] = Py.Bool(ExceptionMatches(stack[sp - 2]!, stack[sp - 1]!));
                    break;

                case OpCode.SEND:
                {
                    var v = stack[--sp]!;
                    stack[sp] = null;
                    if (SendTo(stack[sp - 1]!, v, out var retval) == SendResult.Return)
                    {
                        stack[sp - 1] = retval;
                        ip += arg;
                    }
                    else stack[sp++] = retval;
                    break;
                }

                // The rest, named so that the switch covers every opcode and compiles to one jump table
                // (a sparse switch becomes a chain of compares before it).
                case OpCode.GET_LEN:
                case OpCode.MATCH_MAPPING:
                case OpCode.MATCH_SEQUENCE:
                case OpCode.MATCH_KEYS:
                case OpCode.CHECK_EG_MATCH:
                case OpCode.WITH_EXCEPT_START:
                case OpCode.GET_AITER:
                case OpCode.GET_ANEXT:
                case OpCode.BEFORE_ASYNC_WITH:
                case OpCode.BEFORE_WITH:
                case OpCode.DELETE_SUBSCR:
                case OpCode.GET_YIELD_FROM_ITER:
                case OpCode.PRINT_EXPR:
                case OpCode.LOAD_BUILD_CLASS:
                case OpCode.LOAD_ASSERTION_ERROR:
                case OpCode.RETURN_GENERATOR:
                case OpCode.LIST_TO_TUPLE:
                case OpCode.IMPORT_STAR:
                case OpCode.SETUP_ANNOTATIONS:
                case OpCode.ASYNC_GEN_WRAP:
                case OpCode.PREP_RERAISE_STAR:
                case OpCode.DELETE_NAME:
                case OpCode.UNPACK_EX:
                case OpCode.DELETE_ATTR:
                case OpCode.DELETE_GLOBAL:
                case OpCode.BUILD_SET:
                case OpCode.BUILD_MAP:
                case OpCode.IMPORT_NAME:
                case OpCode.IMPORT_FROM:
                case OpCode.GET_AWAITABLE:
                case OpCode.BUILD_SLICE:
                case OpCode.DELETE_DEREF:
                case OpCode.CALL_FUNCTION_EX:
                case OpCode.SET_ADD:
                case OpCode.MAP_ADD:
                case OpCode.LOAD_CLASSDEREF:
                case OpCode.MATCH_CLASS:
                case OpCode.FORMAT_VALUE:
                case OpCode.BUILD_CONST_KEY_MAP:
                case OpCode.BUILD_STRING:
                case OpCode.LIST_EXTEND:
                case OpCode.SET_UPDATE:
                case OpCode.DICT_MERGE:
                case OpCode.DICT_UPDATE:
                default:
                    sp = ExecuteRare(ts, f, (OpCode)(byte)word, arg, sp);
                    break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadGlobalSlow(Frame f, PyStr name, GlobalCacheEntry?[] cache, int index)
    {
        var g = f.Globals;
        var b = f.Builtins;
        if (!g.TryGetValue(name, out var v) && !b.TryGetValue(name, out v))
            throw NameNotDefined(name);
        cache[index] = new GlobalCacheEntry(g, g.Version, b, b.Version, v);
        return v;
    }

    /// <summary>
    /// The eval breaker's slow path (CPython: eval_frame_handle_pending), in CPython's order: the
    /// controlled scheduler's point, signals (main thread only), the GIL drop request, the
    /// asynchronous exception. Bits owned by others (the GIL's drop request, the scheduler's poll bit)
    /// are never cleared here.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void HandleEvalBreaker(ThreadState ts, Frame f)
    {
        FlushInstructions(ts, f);
        var interp = ts.Interpreter;
        var breaker = ts.Breaker;
        var g = ts.GilThread;
        if (g is not null) g.Instructions = ts.InstructionsExecuted;
        var bits = breaker.Bits;
        if ((bits & Threading.EvalBreakerBits.SchedulerPoll) != 0)
            interp.Scheduler.SchedulingPoint(Threading.Scheduling.SchedulingPointKind.BreakerCheck);
        if ((bits & Threading.EvalBreakerBits.SignalsPending) != 0 && ts.IsMain)
            interp.HandleSignals(ts);
        if ((bits & Threading.EvalBreakerBits.GilDropRequest) != 0)
        {
            if (g is not null && interp.Gil is { } gil)
            {
                gil.OnBreakerPoll(g);
                // Finalization began while this thread waited to get the GIL back.
                if (ts.MustExit) ThreadState.ExitNow(gil, g);
            }
            else
            {
                // A thread running without the GIL cannot honour a drop request; nobody waits on it.
                breaker.Clear(Threading.EvalBreakerBits.GilDropRequest);
            }
        }
        if ((bits & Threading.EvalBreakerBits.PendingFinalizers) != 0)
        {
            breaker.Clear(Threading.EvalBreakerBits.PendingFinalizers);
            interp.Finalization.DrainFromBreaker();
        }
        if (ts.AsyncException is { } asyncExc)
        {
            ts.AsyncException = null;
            if ((bits & Threading.EvalBreakerBits.AsyncException) != 0) breaker.Clear(Threading.EvalBreakerBits.AsyncException);
            throw asyncExc is PyBaseException be ? new PyException(be) : new PyException(PyErr.New((PyType)asyncExc, System.Array.Empty<PyObject>()).Value);
        }
        if ((bits & Threading.EvalBreakerBits.PendingCalls) != 0) breaker.Clear(Threading.EvalBreakerBits.PendingCalls);
    }
}
