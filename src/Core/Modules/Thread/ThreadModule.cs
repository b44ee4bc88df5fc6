// The _thread module (CPython's Modules/_threadmodule.c): threads started on the interpreter's
// scheduler, locks, thread ids, the sentinel locks threading's join waits on, and the default
// threading.excepthook. gilrun adds _set_name(name), which names the calling thread in the GIL's
// statistics and trace (threading.Thread calls it with its name), and _get_name() reads it back
// (the Worker-N names of --threads, for threading's dummy threads).
namespace GilRuntime.Core.Modules.Threads;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Sync;

public static class ThreadModule
{
    /// <summary>_thread.TIMEOUT_MAX in nanoseconds: CPython's PY_TIMEOUT_MAX (LLONG_MAX µs... as seconds, truncated).</summary>
    internal const long TimeoutMaxNanoseconds = 9_223_372_036L * 1_000_000_000L;

    private static readonly string[] s_exceptHookFields = ["exc_type", "exc_value", "exc_traceback", "thread"];
    private static readonly PyType s_exceptHookArgsType = MakeExceptHookArgsType();

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_thread");
        m.Add("__doc__", PyStr.From("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
        m.Add("LockType", PyLock.TypeObject);
        m.Add("RLock", PyRLock.TypeObject);
        m.Add("error", ExceptionTypes.RuntimeError);
        m.Add("TIMEOUT_MAX", new PyFloat(TimeoutMaxNanoseconds / 1e9));
        m.Add("_ExceptHookArgs", s_exceptHookArgsType);
        m.Add("_local", PyThreadLocal.TypeObject);

        BuiltinFn start = (a, k) => StartNewThread(interp, a, k);
        m.AddFunction("start_new_thread", start, "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.  The thread will call the\nfunction with positional arguments from the tuple args and keyword arguments\ntaken from the optional dictionary kwargs.  The thread exits when the\nfunction returns; the return value is ignored.  The thread will also exit\nwhen the function raises an unhandled exception; a stack trace will be\nprinted unless the exception is SystemExit.\n");
        m.AddFunction("start_new", start);
        BuiltinFn Allocate(string name) => (a, k) =>
        {
            ArgParser.Exactly(name, a, k, 0);
            return new PyLock(new SchedLock(interp.Scheduler));
        };
        m.AddFunction("allocate_lock", Allocate("_thread.allocate_lock"));
        m.AddFunction("allocate", Allocate("_thread.allocate"));
        static BuiltinFn Exit(string name) => (a, k) =>
        {
            ArgParser.Exactly(name, a, k, 0);
            throw PyErr.New(ExceptionTypes.SystemExit, System.Array.Empty<PyObject>());
        };
        m.AddFunction("exit", Exit("_thread.exit"));
        m.AddFunction("exit_thread", Exit("_thread.exit_thread"));
        m.AddFunction("get_ident", static (a, k) =>
        {
            ArgParser.Exactly("_thread.get_ident", a, k, 0);
            return PyInt.From(ThreadState.Current.ThreadId);
        });
        m.AddFunction("get_native_id", static (a, k) =>
        {
            ArgParser.Exactly("_thread.get_native_id", a, k, 0);
            return PyInt.From(ThreadState.Current.NativeId);
        });
        m.AddFunction("_count", (a, k) =>
        {
            ArgParser.Exactly("_thread._count", a, k, 0);
            return PyInt.From(interp.PythonThreadCount);
        });
        m.AddFunction("stack_size", (a, k) =>
        {
            ArgParser.NoKeywords("stack_size", k);
            if (a.Length > 1) throw PyErr.TypeError($"stack_size() takes at most 1 argument ({a.Length} given)");
            long old = interp.RequestedStackSize;
            // "|n": no argument means 0, which also resets the size to the default.
            long size = a.Length == 1 ? Ops.AsIndex(a[0]) : 0;
            if (size < 0) throw PyErr.ValueError("size must be 0 or a positive value");
            // THREAD_STACK_MIN is 32 KiB. The VM's frames need more than CPython's, so the stack
            // actually given is never below the default; stack_size reports what was asked for.
            if (size != 0 && size < 32768) throw PyErr.ValueError($"size not valid: {size} bytes");
            interp.ThreadStackBytes = size == 0 ? 0 : (int)Math.Min(Math.Max(size, Interpreter.DefaultThreadStackBytes), int.MaxValue);
            interp.RequestedStackSize = size;
            return PyInt.From(old);
        });
        m.AddFunction("interrupt_main", (a, k) =>
        {
            ArgParser.NoKeywords("interrupt_main", k);
            // (CPython's argument clinic names the function after its parameter in this message.)
            if (a.Length > 1) throw PyErr.TypeError($"signum() takes at most 1 argument ({a.Length} given)");
            long signum = a.Length == 1 ? Ops.AsIndex(a[0]) : 2;
            if (signum < 1 || signum >= 65) throw PyErr.ValueError("signal number out of range");
            // PyErr_SetInterruptEx: a signal whose handler is SIG_IGN or SIG_DFL is ignored; SIGINT's
            // default Python handler raises KeyboardInterrupt.
            if (interp.SignalHandlers.TryGetValue((int)signum, out var h) ? h is not PyInt : signum == 2)
                interp.TripSignal((int)signum, interruptWaits: false);
            return Py.None;
        });
        m.AddFunction("_set_sentinel", (a, k) =>
        {
            ArgParser.Exactly("_thread._set_sentinel", a, k, 0);
            // An unlocked lock (threading acquires it); a thread has one sentinel, a new one replaces it.
            var lk = new SchedLock(interp.Scheduler);
            var ts = ThreadState.Current;
            ts.Sentinels = [lk];
            return new PyLock(lk);
        });
        m.AddFunction("_set_name", static (a, k) =>
        {
            ArgParser.Exactly("_thread._set_name", a, k, 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"_set_name() argument must be str, not {a[0].Type.Name}");
            if (ThreadState.Current.GilThread is { } g) g.Name = name.Value;
            return Py.None;
        }, "_set_name(name)\n\ngilrun: names the calling thread in the GIL statistics and trace.");
        m.AddFunction("_get_name", static (a, k) =>
        {
            ArgParser.Exactly("_thread._get_name", a, k, 0);
            return ThreadState.Current.GilThread is { } g ? PyStr.From(g.Name) : Py.None;
        }, "_get_name()\n\ngilrun: the calling thread's name in the GIL statistics (Worker-N under --threads), or None.");
        m.AddFunction("_excepthook", (a, k) =>
        {
            ArgParser.Exactly("_thread._excepthook", a, k, 1);
            ExceptHook(interp, a[0]);
            return Py.None;
        });
        return m;
    }

    private static PyObject StartNewThread(Interpreter interp, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.NoKeywords("start_new_thread", k);
        ArgParser.Range("start_new_thread", a, k, 2, 3);
        var func = a[0];
        if (!func.IsCallable) throw PyErr.TypeError("first arg must be callable");
        if (a[1] is not PyTuple args) throw PyErr.TypeError("2nd arg must be a tuple");
        PyDict? kwargs = null;
        if (a.Length == 3)
        {
            if (a[2] is not PyDict d) throw PyErr.TypeError("optional 3rd arg must be a dictionary");
            kwargs = d;
        }
        var st = interp.StartThread(interp.NextThreadName(), ts => RunFunction(ts, func, args, kwargs));
        return PyInt.From(interp.ThreadIdentOf(st));
    }

    /// <summary>thread_run: calls the function; SystemExit ends the thread quietly, anything else is unraisable.</summary>
    private static void RunFunction(ThreadState ts, PyObject func, PyTuple args, PyDict? kwargs)
    {
        try
        {
            if (kwargs is null || kwargs.Count == 0) func.Call(args.Items, null);
            else
            {
                var all = new PyObject[args.Count + kwargs.Count];
                args.Items.CopyTo(all, 0);
                var keys = new PyObject[kwargs.Count];
                int i = 0;
                foreach (var kv in kwargs.Items())
                {
                    if (kv.Key is not PyStr) throw PyErr.TypeError("keywords must be strings");
                    keys[i] = kv.Key;
                    all[args.Count + i] = kv.Value;
                    i++;
                }
                func.Call(all, new PyTuple(keys));
            }
        }
        catch (PyException e)
        {
            if (e.Value.Type.IsSubtype(ExceptionTypes.SystemExit)) return;
            ts.Interpreter.WriteUnraisable(e.Value, "Exception ignored in thread started by", func);
        }
    }

    /// <summary>thread_excepthook: "Exception in thread NAME:" and the traceback on sys.stderr (SystemExit is silent).</summary>
    private static void ExceptHook(Interpreter interp, PyObject hookArgs)
    {
        if (hookArgs.Type != s_exceptHookArgsType) throw PyErr.TypeError("_thread.excepthook argument type must be ExceptHookArgs");
        var items = ((PyStructSeq)hookArgs).Tuple;
        var excType = items[0];
        var excValue = items[1];
        var thread = items[3];
        if (excType is PyType et && et.IsSubtype(ExceptionTypes.SystemExit)) return;
        PyObject? file = null;
        if (interp.SysModule.Dict.TryGetValue(PyStr.Intern("stderr"), out var se) && se is not PyNone) file = se;
        else
        {
            if (thread is PyNone) return;
            file = thread.LookupAttr(PyStr.Intern("_stderr"));
            if (file is null or PyNone) return;
        }
        PyObject? name = thread is PyNone ? null : thread.LookupAttr(PyStr.Intern("name"));
        string header = name is not null
            ? "Exception in thread " + Ops.Str(name) + ":\n"
            : $"Exception in thread {ThreadState.Current.ThreadId}:\n";
        interp.FlushStdout();
        Ops.CallMethod(file, "write", PyStr.From(header));
        string body = excValue is PyBaseException be ? TracebackPrinter.Format(be)
            : (excType is PyType t ? t.Name : Ops.Str(excType)) + ": " + Ops.Str(excValue) + "\n";
        Ops.CallMethod(file, "write", PyStr.From(body));
        var flush = file.LookupAttr(PyStr.Intern("flush"));
        flush?.Call([], null);
    }

    private static PyType MakeExceptHookArgsType()
    {
        var t = PyStructSeq.MakeType("_thread._ExceptHookArgs");
        t.New = static (type, a, k) =>
        {
            var seq = a.Length > 0 ? Ops.ToClrList(a[0]) : [];
            if (seq.Count != 4)
                throw PyErr.TypeError($"_thread._ExceptHookArgs() takes a 4-sequence ({seq.Count}-sequence given)");
            return new PyStructSeq(type, s_exceptHookFields, [.. seq]);
        };
        return t;
    }

    /// <summary>
    /// _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT: seconds (int or float) to nanoseconds,
    /// rounding away from zero, with CPython's errors.
    /// </summary>
    internal static long SecondsToNanoseconds(PyObject o)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            double ns = d * 1e9;
            ns = ns >= 0 ? Math.Ceiling(ns) : Math.Floor(ns);
            if (!(ns >= long.MinValue && ns < long.MaxValue))
                throw PyErr.OverflowError("timestamp out of range for platform time_t");
            return (long)ns;
        }
        if (o is not PyInt i) throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        if (!i.IsSmall || i.Value > long.MaxValue / 1_000_000_000 || i.Value < long.MinValue / 1_000_000_000)
            throw PyErr.OverflowError("timestamp out of range for platform time_t");
        return i.Value * 1_000_000_000;
    }
}
