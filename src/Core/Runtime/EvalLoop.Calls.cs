// Calls of Python functions: frame creation and argument binding with CPython 3.11's rules and
// TypeError wording (initialize_locals in ceval.c). The positional fast path copies the arguments
// straight from the caller's value stack into the callee's localsplus.
namespace GilRuntime.Core.Runtime;

using System.Runtime.CompilerServices;
using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal static partial class EvalLoop
{
    private const CodeFlags SlowCallFlags = CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Generator
        | CodeFlags.Coroutine | CodeFlags.AsyncGenerator | CodeFlags.IterableCoroutine;

    /// <summary>Calls a Python function with positional arguments that sit in <paramref name="stack"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject CallFunctionFromStack(ThreadState ts, PyFunction fn, ReadOnlySpan<PyObject> args)
    {
        var code = fn.Code;
        int nargs = args.Length;
        if ((code.co_flags & SlowCallFlags) == 0 && code.co_kwonlyargcount == 0)
        {
            int argcount = code.co_argcount;
            if (nargs == argcount)
            {
                var frame = ts.Frames.Rent(ts.RecursionDepth, fn, code);
                Span<PyObject?> lp = frame.LocalsPlus;
                for (int i = 0; i < nargs; i++) lp[i] = args[i];
                var result = Run(ts, frame);
                ts.Frames.Release(ts.RecursionDepth, frame);
                return result;
            }
            var defaults = fn.Defaults;
            if (nargs < argcount && defaults is not null && nargs >= argcount - defaults.Length)
            {
                var frame = ts.Frames.Rent(ts.RecursionDepth, fn, code);
                Span<PyObject?> lp = frame.LocalsPlus;
                for (int i = 0; i < nargs; i++) lp[i] = args[i];
                int firstDefault = argcount - defaults.Length;
                for (int i = nargs; i < argcount; i++) lp[i] = defaults[i - firstDefault];
                var result = Run(ts, frame);
                ts.Frames.Release(ts.RecursionDepth, frame);
                return result;
            }
        }
        var made = CallFunction(ts, fn, args, null);
        if ((code.co_flags & CodeFlags.Coroutine) != 0 && made is IPyFinalizable coroutine && ResultIsDiscarded(ts.Frame))
            ts.Interpreter.Finalization.Dropped(coroutine);
        return made;
    }

    /// <summary>The caller's CALL is an expression statement: the next instruction pops its result.</summary>
    private static bool ResultIsDiscarded(Frame? caller)
    {
        if (caller is null || caller.LastI < 0) return false;
        var insts = caller.Code.Decoded;
        int at = caller.LastI;
        return at + 1 < insts.Length && (OpCode)(byte)insts[at] == OpCode.CALL
            && (OpCode)(byte)insts[at + 1] == OpCode.POP_TOP;
    }

    /// <summary>Calls a Python function with vectorcall arguments.</summary>
    internal static PyObject CallFunction(ThreadState ts, PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        var frame = new Frame(code, fn.Globals, fn.Builtins, null) { Function = fn };
        BindArguments(fn, frame.LocalsPlus, args, kwnames);
        if ((code.co_flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
            return MakeGenerator(ts, frame);
        return Run(ts, frame);
    }

    /// <summary>Generator, coroutine and async-generator functions: the Generators project registers a factory.</summary>
    internal static PyObject MakeGenerator(ThreadState ts, Frame frame)
    {
        var factory = ts.Interpreter.GeneratorFactory
            ?? throw PyErr.SystemError("generators are not supported yet");
        return factory(frame.MarkEscaped());
    }

    /// <summary>initialize_locals: binds positional, keyword, *args and **kwargs into localsplus.</summary>
    internal static void BindArguments(PyFunction fn, PyObject?[] lp, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        int argcount = code.co_argcount;
        int kwonly = code.co_kwonlyargcount;
        int totalArgs = argcount + kwonly;
        bool hasVarArgs = (code.co_flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.co_flags & CodeFlags.VarKeywords) != 0;
        int nkw = kwnames?.Count ?? 0;
        int given = args.Length - nkw;

        PyDict? kwdict = null;
        if (hasVarKw)
        {
            kwdict = new PyDict();
            lp[totalArgs + (hasVarArgs ? 1 : 0)] = kwdict;
        }

        int n = Math.Min(given, argcount);
        for (int i = 0; i < n; i++) lp[i] = args[i];

        if (hasVarArgs)
        {
            var extra = given > argcount ? args.Slice(argcount, given - argcount).ToArray() : [];
            lp[totalArgs] = extra.Length == 0 ? PyTuple.Empty : new PyTuple(extra);
        }

        var varnames = code.co_varnames;
        for (int k = 0; k < nkw; k++)
        {
            var keyObj = kwnames![k];
            var value = args[given + k];
            if (keyObj is not PyStr key)
                throw PyErr.TypeError($"{fn.QualName}() keywords must be strings");
            int idx = -1;
            for (int j = code.co_posonlyargcount; j < totalArgs; j++)
                if (varnames[j] == key.Value) { idx = j; break; }
            if (idx < 0)
            {
                if (kwdict is not null)
                {
                    kwdict.SetItem(key, value);
                    continue;
                }
                if (code.co_posonlyargcount > 0) ThrowIfPositionalOnlyAsKeyword(fn, kwnames);
                throw PyErr.TypeError($"{fn.QualName}() got an unexpected keyword argument '{key.Value}'");
            }
            if (lp[idx] is not null)
                throw PyErr.TypeError($"{fn.QualName}() got multiple values for argument '{key.Value}'");
            lp[idx] = value;
        }

        if (given > argcount && !hasVarArgs) ThrowTooManyPositional(fn, lp, given);

        if (given < argcount)
        {
            var defaults = fn.Defaults;
            int ndefaults = defaults?.Length ?? 0;
            int firstDefault = argcount - ndefaults;
            int missing = 0;
            for (int i = given; i < firstDefault; i++) if (lp[i] is null) missing++;
            if (missing > 0) ThrowMissing(fn, lp, "positional", given, firstDefault, missing);
            for (int i = Math.Max(given, firstDefault); i < argcount; i++)
                lp[i] ??= defaults![i - firstDefault];
        }

        if (kwonly > 0)
        {
            int missing = 0;
            for (int i = argcount; i < totalArgs; i++)
            {
                if (lp[i] is not null) continue;
                if (fn.KwDefaults is not null && fn.KwDefaults.TryGetValue(PyStr.Intern(varnames[i]), out var dv))
                    lp[i] = dv;
                else missing++;
            }
            if (missing > 0) ThrowMissing(fn, lp, "keyword-only", argcount, totalArgs, missing);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIfPositionalOnlyAsKeyword(PyFunction fn, PyTuple kwnames)
    {
        var code = fn.Code;
        var found = new List<string>();
        foreach (var k in kwnames.Items)
            for (int j = 0; j < code.co_posonlyargcount; j++)
                if (k is PyStr s && s.Value == code.co_varnames[j]) { found.Add(s.Value); break; }
        if (found.Count == 0) return;
        throw PyErr.TypeError($"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", found)}'");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooManyPositional(PyFunction fn, PyObject?[] lp, int given)
    {
        var code = fn.Code;
        int kwonlyGiven = 0;
        for (int i = code.co_argcount; i < code.co_argcount + code.co_kwonlyargcount; i++)
            if (lp[i] is not null) kwonlyGiven++;
        int defcount = fn.Defaults?.Length ?? 0;
        string sig;
        bool plural;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {code.co_argcount - defcount} to {code.co_argcount}";
        }
        else
        {
            plural = code.co_argcount != 1;
            sig = code.co_argcount.ToString();
        }
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        throw PyErr.TypeError($"{fn.QualName}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowMissing(PyFunction fn, PyObject?[] lp, string kind, int from, int to, int missing)
    {
        var names = new List<string>();
        for (int i = from; i < to; i++)
            if (lp[i] is null) names.Add("'" + fn.Code.co_varnames[i] + "'");
        var sb = new StringBuilder();
        if (names.Count == 1) sb.Append(names[0]);
        else if (names.Count == 2) sb.Append(names[0]).Append(" and ").Append(names[1]);
        else
        {
            for (int i = 0; i < names.Count - 1; i++) sb.Append(names[i]).Append(", ");
            sb.Append("and ").Append(names[^1]);
        }
        throw PyErr.TypeError($"{fn.QualName}() missing {missing} required {kind} argument{(missing == 1 ? "" : "s")}: {sb}");
    }

    /// <summary>MAKE_FUNCTION: [defaults?, kwdefaults?, annotations?, closure?, code] -> function.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MakeFunction(Frame f, Span<PyObject?> stack, int sp, int flags)
    {
        var code = (CodeObject)stack[--sp]!;
        var fn = new PyFunction(code, f.Globals, f.Builtins);
        if ((flags & 0x08) != 0)
        {
            var t = (PyTuple)stack[--sp]!;
            var cells = new PyCell[t.Count];
            for (int i = 0; i < cells.Length; i++) cells[i] = (PyCell)t[i];
            fn.Closure = cells;
        }
        if ((flags & 0x04) != 0)
        {
            var ann = stack[--sp]!;
            if (ann is PyTuple at)
            {
                var d = new PyDict();
                for (int i = 0; i + 1 < at.Count; i += 2) d.SetItem(at[i], at[i + 1]);
                fn.Annotations = d;
            }
            else fn.Annotations = ann;
        }
        if ((flags & 0x02) != 0) fn.KwDefaults = (PyDict)stack[--sp]!;
        if ((flags & 0x01) != 0)
        {
            var d = (PyTuple)stack[--sp]!;
            fn.Defaults = d.Count == 0 ? null : d.Items;
        }
        for (int i = sp; i < sp + 5 && i < stack.Length; i++) stack[i] = null;
        stack[sp++] = fn;
        return sp;
    }

    /// <summary>CALL_FUNCTION_EX: f(*args, **kwargs).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallFunctionEx(PyObject func, PyObject callargs, PyObject? kwargs)
    {
        PyObject[] positional;
        if (callargs is PyTuple t) positional = t.Items;
        else
        {
            if (callargs is not PyList && !IsIterable(callargs))
                throw PyErr.TypeError($"{FunctionStr(func)} argument after * must be an iterable, not {callargs.Type.Name}");
            positional = Ops.ToClrList(callargs).ToArray();
        }
        if (kwargs is null || kwargs is PyDict { Count: 0 })
            return func.Call(positional, null);
        if (kwargs is not PyDict kd)
            throw PyErr.TypeError($"{FunctionStr(func)} argument after ** must be a mapping, not {kwargs.Type.Name}");
        var all = new PyObject[positional.Length + kd.Count];
        positional.CopyTo(all, 0);
        var keys = new PyObject[kd.Count];
        int k = 0;
        foreach (var kv in kd.Items())
        {
            if (kv.Key is not PyStr) throw PyErr.TypeError("keywords must be strings");
            keys[k] = kv.Key;
            all[positional.Length + k] = kv.Value;
            k++;
        }
        return func.Call(all, new PyTuple(keys));
    }

    private static bool IsIterable(PyObject o)
    {
        try { o.Iter(); return true; }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError) { return false; }
    }

    /// <summary>_PyObject_FunctionStr: "module.qualname()" for error messages.</summary>
    internal static string FunctionStr(PyObject func) => func switch
    {
        PyFunction fn => fn.FunctionStr(),
        PyMethod m => FunctionStr(m.Function),
        PyBuiltinFunction bf => bf.Name + "()",
        PyType t => t.Module == "builtins" ? t.QualName + "()" : $"{t.Module}.{t.QualName}()",
        _ => func.Type.Name + " object",
    };
}
