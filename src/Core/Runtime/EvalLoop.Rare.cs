// The less frequent opcodes, out of line so the main dispatch method stays small for the JIT:
// name-based access, containers, unpacking, imports, with-blocks, f-strings, pattern matching,
// and the generator/async opcodes that wait for generator objects.
namespace GilRuntime.Core.Runtime;

using System.Runtime.CompilerServices;
using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal static partial class EvalLoop
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ExecuteRare(ThreadState ts, Frame f, OpCode op, int arg, int sp)
    {
        Span<PyObject?> stack = f.LocalsPlus;
        var code = f.Code;
        var names = code.co_names;
        switch (op)
        {
            case OpCode.DELETE_NAME:
            {
                var locals = f.Locals ?? throw PyErr.SystemError($"no locals when deleting {names[arg].Repr()}");
                if (!locals.Remove(names[arg])) throw NameNotDefined(names[arg]);
                return sp;
            }
            case OpCode.DELETE_GLOBAL:
                if (!f.Globals.Remove(names[arg])) throw NameNotDefined(names[arg]);
                return sp;
            case OpCode.DELETE_ATTR:
                stack[sp - 1]!.SetAttr(names[arg], null);
                stack[--sp] = null;
                return sp;
            case OpCode.DELETE_SUBSCR:
                stack[sp - 2]!.DelItem(stack[sp - 1]!);
                stack[--sp] = null;
                stack[--sp] = null;
                return sp;
            case OpCode.DELETE_DEREF:
            {
                var cell = (PyCell)stack[code.co_nlocals + arg]!;
                if (cell.Value is null) throw UnboundDeref(code, arg);
                cell.Value = null;
                return sp;
            }
            case OpCode.LOAD_CLASSDEREF:
            {
                var name = PyStr.Intern(code.DerefName(arg));
                if (f.Locals is not null && f.Locals.TryGetValue(name, out var v)) { stack[sp++] = v; return sp; }
                var cv = ((PyCell)stack[code.co_nlocals + arg]!).Value ?? throw UnboundDeref(code, arg);
                stack[sp++] = cv;
                return sp;
            }
            case OpCode.BUILD_SET:
            {
                var set = new PySet();
                for (int i = sp - arg; i < sp; i++) { set.Add(stack[i]!); stack[i] = null; }
                sp -= arg;
                stack[sp++] = set;
                return sp;
            }
            case OpCode.BUILD_MAP:
            {
                var d = new PyDict();
                int start = sp - 2 * arg;
                for (int i = start; i < sp; i += 2) d.SetItem(stack[i]!, stack[i + 1]!);
                for (int i = start; i < sp; i++) stack[i] = null;
                sp = start;
                stack[sp++] = d;
                return sp;
            }
            case OpCode.BUILD_CONST_KEY_MAP:
            {
                var keys = (PyTuple)stack[--sp]!;
                var d = new PyDict();
                int start = sp - arg;
                for (int i = 0; i < arg; i++) d.SetItem(keys[i], stack[start + i]!);
                for (int i = start; i <= sp; i++) stack[i] = null;
                sp = start;
                stack[sp++] = d;
                return sp;
            }
            case OpCode.BUILD_STRING:
            {
                var sb = new StringBuilder();
                int start = sp - arg;
                for (int i = start; i < sp; i++) { sb.Append(((PyStr)stack[i]!).Value); stack[i] = null; }
                sp = start;
                stack[sp++] = PyStr.From(sb.ToString());
                return sp;
            }
            case OpCode.BUILD_SLICE:
            {
                PyObject? step = arg == 3 ? stack[--sp] : null;
                var stop = stack[--sp]!;
                var start = stack[sp - 1]!;
                stack[sp] = null;
                stack[sp + 1] = null;
                stack[sp - 1] = new PySlice(start, stop, step ?? Py.None);
                return sp;
            }
            case OpCode.LIST_TO_TUPLE:
            {
                var l = (PyList)stack[sp - 1]!;
                stack[sp - 1] = l.Count == 0 ? PyTuple.Empty : new PyTuple(l.AsSpan().ToArray());
                return sp;
            }
            case OpCode.LIST_EXTEND:
            {
                var iterable = stack[--sp]!;
                stack[sp] = null;
                var list = (PyList)stack[sp - arg]!;
                if (iterable is PyTuple t) { foreach (var x in t.Items) list.Append(x); return sp; }
                if (iterable is not PyList && !IsIterable(iterable))
                    throw PyErr.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
                foreach (var x in Ops.ToClrList(iterable)) list.Append(x);
                return sp;
            }
            case OpCode.SET_ADD:
                ((PySet)stack[sp - 1 - arg]!).Add(stack[--sp]!);
                stack[sp] = null;
                return sp;
            case OpCode.SET_UPDATE:
            {
                var iterable = stack[--sp]!;
                stack[sp] = null;
                var set = (PySet)stack[sp - arg]!;
                foreach (var x in Ops.ToClrList(iterable)) set.Add(x);
                return sp;
            }
            case OpCode.MAP_ADD:
            {
                var value = stack[--sp]!;
                var key = stack[--sp]!;
                stack[sp] = null;
                stack[sp + 1] = null;
                ((PyDict)stack[sp - arg]!).SetItem(key, value);
                return sp;
            }
            case OpCode.DICT_UPDATE:
            {
                var update = stack[--sp]!;
                stack[sp] = null;
                var d = (PyDict)stack[sp - arg]!;
                if (update is not PyDict ud)
                    throw PyErr.TypeError($"'{update.Type.Name}' object is not a mapping");
                foreach (var kv in ud.Items()) d.SetItem(kv.Key, kv.Value);
                return sp;
            }
            case OpCode.DICT_MERGE:
            {
                var update = stack[--sp]!;
                stack[sp] = null;
                var d = (PyDict)stack[sp - arg]!;
                var func = stack[sp - arg - 2];
                if (update is not PyDict ud)
                    throw PyErr.TypeError($"{(func is null ? "function" : FunctionStr(func))} argument after ** must be a mapping, not {update.Type.Name}");
                foreach (var kv in ud.Items())
                {
                    if (d.TryGetValue(kv.Key, out _))
                    {
                        if (kv.Key is not PyStr ks) throw PyErr.TypeError("keywords must be strings");
                        throw PyErr.TypeError($"{(func is null ? "function" : FunctionStr(func))} got multiple values for keyword argument '{ks.Value}'");
                    }
                    d.SetItem(kv.Key, kv.Value);
                }
                return sp;
            }
            case OpCode.CALL_FUNCTION_EX:
            {
                PyObject? kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                var callargs = stack[--sp]!;
                var func = stack[sp - 1]!;
                stack[sp] = null;
                stack[sp + 1] = null;
                var result = CallFunctionEx(func, callargs, kwargs);
                sp--;
                stack[sp] = null;
                stack[sp - 1] = result;
                return sp;
            }
            case OpCode.UNPACK_EX:
                return UnpackEx(stack, sp, arg & 0xFF, arg >> 8);
            case OpCode.IMPORT_NAME:
            {
                var fromlist = stack[--sp]!;
                var level = stack[sp - 1]!;
                stack[sp] = null;
                // Finalizers that run while __main__ is cleared at exit find the import system gone, as in
                // CPython (warnings then skips its tracemalloc hint).
                if (ts.Interpreter.IsFinalizing) throw PyErr.ImportError("sys.meta_path is None, Python is likely shutting down");
                stack[sp - 1] = ts.Interpreter.Import.ImportModuleLevel(names[arg], f.Globals, fromlist, (int)Ops.AsIndex(level));
                return sp;
            }
            case OpCode.IMPORT_FROM:
            {
                var module = stack[sp - 1]!;
                stack[sp++] = ImportFrom(ts, module, names[arg]);
                return sp;
            }
            case OpCode.IMPORT_STAR:
            {
                var module = stack[--sp]!;
                stack[sp] = null;
                ImportStar(f, module);
                return sp;
            }
            case OpCode.SETUP_ANNOTATIONS:
            {
                var locals = f.Locals ?? throw PyErr.SystemError("no locals found when setting up annotations");
                var key = PyStr.Intern("__annotations__");
                if (!locals.TryGetValue(key, out _)) locals.SetItem(key, new PyDict());
                return sp;
            }
            case OpCode.LOAD_BUILD_CLASS:
            {
                if (!f.Builtins.TryGetValue(PyStr.Intern("__build_class__"), out var bc))
                    throw PyErr.NameError("__build_class__ not found");
                stack[sp++] = bc;
                return sp;
            }
            case OpCode.LOAD_ASSERTION_ERROR:
                stack[sp++] = ExceptionTypes.AssertionError;
                return sp;
            case OpCode.PRINT_EXPR:
            {
                var v = stack[--sp]!;
                stack[sp] = null;
                ts.Interpreter.DisplayHook(v);
                return sp;
            }
            case OpCode.GET_LEN:
                stack[sp] = PyInt.From(Ops.Length(stack[sp - 1]!));
                return sp + 1;
            case OpCode.FORMAT_VALUE:
            {
                PyObject? spec = (arg & 0x04) != 0 ? stack[--sp] : null;
                var value = stack[sp - 1]!;
                stack[sp] = null;
                value = (arg & 3) switch
                {
                    1 => value.GetType() == typeof(PyStr) ? value : PyStr.From(Ops.Str(value)),
                    2 => PyStr.From(Ops.Repr(value)),
                    3 => PyStr.From(Modules.BuiltinsModule.AsciiOf(Ops.Repr(value))),
                    _ => value,
                };
                var specText = spec is null ? "" : ((PyStr)spec).Value;
                stack[sp - 1] = value.GetType() == typeof(PyStr) && specText.Length == 0 ? value : PyStr.From(Ops.Format(value, specText));
                return sp;
            }
            case OpCode.BEFORE_WITH:
            {
                var mgr = stack[sp - 1]!;
                var enter = LookupSpecial(mgr, "__enter__")
                    ?? throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol");
                var exit = LookupSpecial(mgr, "__exit__")
                    ?? throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
                stack[sp - 1] = exit;
                stack[sp++] = enter.Call([], null);
                return sp;
            }
            case OpCode.WITH_EXCEPT_START:
            {
                var val = stack[sp - 1]!;
                var exitFunc = stack[sp - 4]!;
                var tb = val is PyBaseException be ? be.Traceback ?? Py.None : Py.None;
                stack[sp++] = exitFunc.Call([val.Type, val, tb], null);
                return sp;
            }
            case OpCode.MATCH_MAPPING:
                stack[sp] = Py.Bool(stack[sp - 1] is PyDict);
                return sp + 1;
            case OpCode.MATCH_SEQUENCE:
            {
                var s = stack[sp - 1]!;
                stack[sp] = Py.Bool(s is PyList || s is PyTuple || s is PyRange || s.Type.Name is "memoryview" or "deque");
                return sp + 1;
            }
            case OpCode.MATCH_KEYS:
                stack[sp] = MatchKeys(stack[sp - 2]!, (PyTuple)stack[sp - 1]!);
                return sp + 1;
            case OpCode.MATCH_CLASS:
            {
                var kwNames = (PyTuple)stack[--sp]!;
                var cls = stack[--sp]!;
                var subject = stack[sp - 1]!;
                stack[sp] = null;
                stack[sp + 1] = null;
                stack[sp - 1] = MatchClass(subject, cls, arg, kwNames);
                return sp;
            }
            case OpCode.CHECK_EG_MATCH:
                return CheckEgMatch(ts, stack, sp);
            case OpCode.PREP_RERAISE_STAR:
            {
                var excs = (PyList)stack[--sp]!;
                stack[sp] = null;
                stack[sp - 1] = PyExceptionGroup.PrepReraiseStar(stack[sp - 1]!, excs);
                return sp;
            }
            case OpCode.RETURN_GENERATOR:
                // The generator object was made by the call (MakeGenerator); reaching this on the
                // first resume, the sent None is already on the stack for the POP_TOP that follows.
                return sp;
            case OpCode.GET_YIELD_FROM_ITER:
            {
                var iterable = stack[sp - 1]!;
                if (iterable is IGeneratorLike gl)
                {
                    if (gl.IsCoroutine && (code.co_flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                        throw PyErr.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    return sp;
                }
                stack[sp - 1] = iterable.Iter();
                return sp;
            }
            case OpCode.GET_AWAITABLE:
                stack[sp - 1] = GetAwaitable(stack[sp - 1]!, arg);
                return sp;
            case OpCode.GET_AITER:
                stack[sp - 1] = GetAIter(stack[sp - 1]!);
                return sp;
            case OpCode.GET_ANEXT:
                stack[sp] = GetANext(stack[sp - 1]!);
                return sp + 1;
            case OpCode.BEFORE_ASYNC_WITH:
            {
                var mgr = stack[sp - 1]!;
                var enter = LookupSpecial(mgr, "__aenter__")
                    ?? throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
                var exit = LookupSpecial(mgr, "__aexit__")
                    ?? throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                stack[sp - 1] = exit;
                stack[sp++] = enter.Call([], null);
                return sp;
            }
            case OpCode.ASYNC_GEN_WRAP:
                stack[sp - 1] = new PyAsyncGenWrappedValue(stack[sp - 1]!);
                return sp;
            default:
                throw PyErr.SystemError($"unknown opcode {(int)op}");
        }
    }

    /// <summary>GET_AWAITABLE: the awaitable's iterator; oparg 1/2 name __aenter__/__aexit__ in the error.</summary>
    private static PyObject GetAwaitable(PyObject iterable, int where)
    {
        PyObject iter;
        try
        {
            iter = Awaitables.GetAwaitableIter(iterable);
        }
        catch (PyException) when (where is 1 or 2 && !Awaitables.HasAwait(iterable))
        {
            var which = where == 1 ? "__aenter__" : "__aexit__";
            throw PyErr.TypeError($"'async with' received an object from {which} that does not implement __await__: {iterable.Type.Name}");
        }
        if (iter is IGeneratorLike { IsCoroutine: true } coro && coro.YieldFromTarget() is not null)
            throw PyErr.RuntimeError("coroutine is being awaited already");
        return iter;
    }

    private static PyObject GetAIter(PyObject obj)
    {
        var getter = LookupSpecial(obj, "__aiter__")
            ?? throw PyErr.TypeError($"'async for' requires an object with __aiter__ method, got {obj.Type.Name}");
        var iter = getter.Call([], null);
        if (iter.Type.LookupMro(PyStr.Intern("__anext__")) is null)
            throw PyErr.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {iter.Type.Name}");
        return iter;
    }

    private static PyObject GetANext(PyObject aiter)
    {
        var getter = LookupSpecial(aiter, "__anext__")
            ?? throw PyErr.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var next = getter.Call([], null);
        try
        {
            return Awaitables.GetAwaitableIter(next);
        }
        catch (PyException e)
        {
            throw Awaitables.FromCause(PyErr.TypeError($"'async for' received an invalid object from __anext__: {next.Type.Name}"), e.Value);
        }
    }

    /// <summary>
    /// PyIter_Send: generators through IGeneratorLike; other iterators by __next__ for None (the
    /// StopIteration's value is the result), else by their send method.
    /// </summary>
    internal static SendResult SendTo(PyObject receiver, PyObject v, out PyObject result)
    {
        if (receiver is IGeneratorLike gen) return gen.Send(v, out result);
        try
        {
            if (v is PyNone && !receiver.Type.IsHeapType)
            {
                var next = receiver.Next();
                if (next is not null) { result = next; return SendResult.Next; }
                result = Py.None;
                return SendResult.Return;
            }
            var name = v is PyNone ? "__next__" : "send";
            var meth = Ops.GetAttr(receiver, PyStr.Intern(name));
            result = v is PyNone ? meth.Call([], null) : meth.Call([v], null);
            return SendResult.Next;
        }
        catch (PyException e) when (e.Value is PyStopIteration si)
        {
            result = si.Value;
            return SendResult.Return;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadName(Frame f, PyStr name)
    {
        if (f.Locals is { } locals && locals.TryGetValue(name, out var v)) return v;
        if (f.Globals.TryGetValue(name, out v)) return v;
        if (f.Builtins.TryGetValue(name, out v)) return v;
        throw NameNotDefined(name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UnpackSequenceSlow(Span<PyObject?> stack, int sp, int n)
    {
        var seq = stack[sp - 1]!;
        List<PyObject> items;
        if (seq is PyTuple t) items = [.. t.Items];
        else if (seq is PyList l) items = [.. l.AsSpan()];
        else
        {
            PyObject it;
            try { it = seq.Iter(); }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
            {
                throw PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
            }
            items = new List<PyObject>(n);
            for (int i = 0; i < n; i++)
            {
                var x = it.Next();
                if (x is null) throw PyErr.ValueError($"not enough values to unpack (expected {n}, got {i})");
                items.Add(x);
            }
            if (it.Next() is not null) throw PyErr.ValueError($"too many values to unpack (expected {n})");
        }
        if (items.Count < n) throw PyErr.ValueError($"not enough values to unpack (expected {n}, got {items.Count})");
        if (items.Count > n) throw PyErr.ValueError($"too many values to unpack (expected {n})");
        sp--;
        for (int i = n - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UnpackEx(Span<PyObject?> stack, int sp, int before, int after)
    {
        var seq = stack[sp - 1]!;
        List<PyObject> items;
        try { items = Ops.ToClrList(seq); }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && seq is not PyTuple && seq is not PyList)
        {
            throw PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        }
        if (items.Count < before + after)
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        sp--;
        for (int i = items.Count - 1; i >= items.Count - after; i--) stack[sp++] = items[i];
        var middle = new PyObject[items.Count - before - after];
        items.CopyTo(before, middle, 0, middle.Length);
        stack[sp++] = new PyList(middle);
        for (int i = before - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    /// <summary>ceval.c import_from: the attribute, else the submodule already in sys.modules (circular imports).</summary>
    private static PyObject ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var v = module.LookupAttr(name);
        if (v is not null) return v;
        var pkgname = module.LookupAttr(PyStr.Intern("__name__")) as PyStr;
        if (pkgname is not null
            && ts.Interpreter.Modules.TryGetValue(PyStr.From(pkgname.Value + "." + name.Value), out var sub))
            return sub;
        var shown = Ops.Repr(pkgname ?? PyStr.From("<unknown module name>"));
        var pkgpath = module is PyModule m && m.Dict.GetValueOrNull(PyStr.Intern("__file__")) is PyStr fs ? fs : null;
        var partially = Import.ImportSystem.IsModuleInitializing(module)
            ? $"partially initialized module {shown} (most likely due to a circular import)" : shown;
        var where = pkgpath is null ? "unknown location" : pkgpath.Value;
        var e = PyErr.ImportError($"cannot import name {Ops.Repr(name)} from {partially} ({where})");
        e.Value.SetAttr(PyStr.Intern("name"), (PyObject?)pkgname ?? Py.None);
        e.Value.SetAttr(PyStr.Intern("path"), (PyObject?)pkgpath ?? Py.None);
        throw e;
    }

    private static void ImportStar(Frame f, PyObject module)
    {
        var locals = f.Locals ?? throw PyErr.SystemError("no locals found during 'import *'");
        var all = module.LookupAttr(PyStr.Intern("__all__"));
        if (all is not null)
        {
            foreach (var n in Ops.ToClrList(all))
            {
                var ns = n as PyStr ?? throw PyErr.TypeError($"Item in {module.LookupAttr(PyStr.Intern("__name__"))?.Str()}.__all__ must be str, not {n.Type.Name}");
                locals.SetItem(PyStr.Intern(ns.Value), Ops.GetAttr(module, ns));
            }
            return;
        }
        if (module is not PyModule m) throw PyErr.ImportError("from-import-* object has no __dict__ and no __all__");
        foreach (var kv in m.Dict.Items().ToArray())
            if (kv.Key is PyStr ks && !ks.Value.StartsWith('_')) locals.SetItem(kv.Key, kv.Value);
    }

    private static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return PyTuple.Empty;
        var d = (PyDict)subject;
        var values = new PyObject[keys.Count];
        var seen = new List<PyObject>();
        for (int i = 0; i < keys.Count; i++)
        {
            var k = keys[i];
            foreach (var s in seen)
                if (Ops.Eq(s, k)) throw PyErr.ValueError($"mapping pattern checks duplicate key ({Ops.Repr(k)})");
            seen.Add(k);
            if (!d.TryGetValue(k, out var v)) return Py.None;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    private static bool IsMatchSelfType(PyType t)
    {
        foreach (var m in t.Mro)
            if (m.Module == "builtins" && m.Name is "bool" or "bytearray" or "bytes" or "dict" or "float"
                or "frozenset" or "int" or "list" or "set" or "str" or "tuple")
                return true;
        return false;
    }

    private static PyObject MatchClass(PyObject subject, PyObject clsObj, int nargs, PyTuple kwNames)
    {
        if (clsObj is not PyType cls) throw PyErr.TypeError("called match pattern must be a class");
        if (!subject.Type.IsSubtype(cls)) return Py.None;
        var attrs = new List<PyObject>();
        var seen = new List<string>();
        if (nargs > 0)
        {
            var matchArgs = cls.LookupAttr(PyStr.Intern("__match_args__"));
            if (matchArgs is null)
            {
                if (!IsMatchSelfType(cls))
                    throw PyErr.TypeError($"{cls.Name}() accepts 0 positional sub-patterns ({nargs} given)");
                if (nargs > 1)
                    throw PyErr.TypeError($"{cls.Name}() accepts 1 positional sub-pattern ({nargs} given)");
                attrs.Add(subject);
            }
            else
            {
                if (matchArgs is not PyTuple mt)
                    throw PyErr.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                if (nargs > mt.Count)
                    throw PyErr.TypeError($"{cls.Name}() accepts {mt.Count} positional sub-pattern{(mt.Count == 1 ? "" : "s")} ({nargs} given)");
                for (int i = 0; i < nargs; i++)
                {
                    if (mt[i] is not PyStr name)
                        throw PyErr.TypeError($"__match_args__ elements must be strings (got {mt[i].Type.Name})");
                    if (seen.Contains(name.Value))
                        throw PyErr.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name.Value}'");
                    seen.Add(name.Value);
                    var v = subject.LookupAttr(name);
                    if (v is null) return Py.None;
                    attrs.Add(v);
                }
            }
        }
        foreach (var k in kwNames.Items)
        {
            var name = (PyStr)k;
            if (seen.Contains(name.Value))
                throw PyErr.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name.Value}'");
            seen.Add(name.Value);
            var v = subject.LookupAttr(name);
            if (v is null) return Py.None;
            attrs.Add(v);
        }
        return new PyTuple([.. attrs]);
    }
}
