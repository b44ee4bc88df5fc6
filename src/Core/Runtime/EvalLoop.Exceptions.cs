// Raising: RAISE_VARARGS semantics (do_raise), implicit exception chaining (__context__, as
// _PyErr_SetObject does), except-clause matching, the name-error messages, and the translation of
// unexpected .NET exceptions into Python ones so the user always sees a Python traceback.
namespace GilRuntime.Core.Runtime;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal static partial class EvalLoop
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundLocal(CodeObject code, int index) =>
        PyErr.UnboundLocalError($"cannot access local variable '{code.co_varnames[index]}' where it is not associated with a value");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundDeref(CodeObject code, int index)
    {
        var name = code.DerefName(index);
        if (index < code.NCells)
            return PyErr.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");
        var e = PyErr.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        ((PyNameError)e.Value).Name = PyStr.From(name); // format_exc_check_arg sets .name for NameError only
        return e;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyException NameNotDefined(PyStr name)
    {
        var e = PyErr.NameError($"name '{name.Value}' is not defined");
        e.Value.SetAttr(PyStr.Intern("name"), name);
        return e;
    }

    /// <summary>Turns an exception class or instance into the instance to raise.</summary>
    internal static PyBaseException MakeException(PyObject obj, bool isCause = false)
    {
        if (obj is PyBaseException be) return be;
        if (obj is PyType t && t.IsSubtype(ExceptionTypes.BaseException))
        {
            var inst = t.Call([], null);
            if (inst is PyBaseException bi) return bi;
            throw PyErr.TypeError(
                $"calling {t.Repr()} should have returned an instance of BaseException, not {inst.Type.Name}");
        }
        throw PyErr.TypeError(isCause ? "exception causes must derive from BaseException"
            : "exceptions must derive from BaseException");
    }

    /// <summary>RAISE_VARARGS: returns the exception to unwind with.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException DoRaise(ThreadState ts, Span<PyObject?> stack, int sp, int argc, out bool addTraceback)
    {
        PyObject? cause = argc == 2 ? stack[--sp] : null;
        PyObject? value = argc >= 1 ? stack[--sp] : null;
        for (int i = 0; i < argc; i++) stack[sp + i] = null;
        if (argc == 0)
        {
            var current = ts.TopmostHandled;
            if (current is null)
            {
                var err = PyErr.RuntimeError("No active exception to reraise").Value;
                SetContext(ts, err);
                addTraceback = true;
                return err;
            }
            addTraceback = false;
            return current;
        }
        addTraceback = true;
        PyBaseException exc;
        try
        {
            exc = MakeException(value!);
            if (cause is not null)
            {
                exc.Cause = cause is PyNone ? null : MakeException(cause, isCause: true);
                exc.SuppressContext = true;
            }
        }
        catch (PyException e)
        {
            exc = e.Value;
        }
        SetContext(ts, exc);
        return exc;
    }

    /// <summary>Sets __context__ to the exception being handled, breaking cycles as CPython does.</summary>
    internal static void SetContext(ThreadState ts, PyBaseException exc)
    {
        var handled = ts.TopmostHandled;
        if (handled is null || ReferenceEquals(handled, exc)) return;
        // Break a cycle through exc; stop (Floyd's tortoise and hare) on a cycle that already exists.
        var o = handled;
        var slow = handled;
        bool toggle = false;
        while (o.Context is { } ctx)
        {
            if (ReferenceEquals(ctx, exc)) { o.Context = null; break; }
            o = ctx;
            if (ReferenceEquals(o, slow)) break;
            if (toggle) slow = slow.Context!;
            toggle = !toggle;
        }
        exc.Context = handled;
    }

    /// <summary>CHECK_EXC_MATCH: does <paramref name="exc"/> match an except clause's type (or tuple of types)?</summary>
    internal static bool ExceptionMatches(PyObject exc, PyObject match)
    {
        if (match is PyTuple t)
        {
            foreach (var item in t.Items)
                if (item is not PyType it || !it.IsSubtype(ExceptionTypes.BaseException))
                    throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
            foreach (var item in t.Items)
                if (exc.Type.IsSubtype((PyType)item)) return true;
            return false;
        }
        if (match is not PyType mt || !mt.IsSubtype(ExceptionTypes.BaseException))
            throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
        return exc.Type.IsSubtype(mt);
    }

    /// <summary>Maps a .NET exception that escaped a builtin into the Python exception the user sees.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyBaseException TranslateClrException(Exception e) => e switch
    {
        PyException pe => pe.Value,
        InsufficientExecutionStackException => PyErr.RecursionError("maximum recursion depth exceeded").Value,
        OutOfMemoryException => PyErr.MemoryError("").Value,
        InvalidCastException => PyErr.SystemError($"internal error: bad object type ({e.Message})").Value,
        IndexOutOfRangeException => PyErr.SystemError($"internal error: index out of range ({e.Message})").Value,
        NullReferenceException => PyErr.SystemError("internal error: null reference").Value,
        _ => PyErr.SystemError($"internal error: {e.GetType().Name}: {e.Message}").Value,
    };

    /// <summary>
    /// CHECK_EG_MATCH: [exc, type] becomes [exc, None] when nothing matches, else [rest, match] with
    /// the match as the exception being handled for the except* body.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CheckEgMatch(ThreadState ts, Span<PyObject?> stack, int sp)
    {
        var matchType = stack[--sp]!;
        stack[sp] = null;
        CheckExceptStarType(matchType);
        if (stack[sp - 1] is not PyBaseException exc)
        {
            stack[sp++] = Py.None;
            return sp;
        }
        var (match, rest) = PyExceptionGroup.MatchForExceptStar(exc, matchType);
        if (match is null)
        {
            stack[sp++] = Py.None;
            return sp;
        }
        stack[sp - 1] = rest;
        stack[sp++] = match;
        ts.HandledException = match as PyBaseException;
        return sp;
    }

    private static void CheckExceptStarType(PyObject match)
    {
        if (match is PyTuple t)
        {
            foreach (var item in t.Items) CheckExceptStarType(item);
            return;
        }
        if (match is not PyType mt || !mt.IsSubtype(ExceptionTypes.BaseException))
            throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
        if (mt.IsSubtype(ExceptionTypes.BaseExceptionGroup))
            throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>_PyObject_LookupSpecial: a dunder found on the type (not the instance), bound to the object.</summary>
    private static PyObject? LookupSpecial(PyObject obj, string name)
    {
        var attr = obj.Type.LookupMro(PyStr.Intern(name));
        if (attr is null) return null;
        return attr.IsDescriptor ? attr.DescrGet(obj, obj.Type) : attr;
    }
}
