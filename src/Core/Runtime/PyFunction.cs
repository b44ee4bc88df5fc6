// function objects (CPython's PyFunctionObject): a code object plus what a call needs besides it
// (globals, defaults, keyword-only defaults, the closure's cells). Calling one builds a Frame and
// runs the eval loop on it; the positional fast path lives in EvalLoop.Calls.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("function", typeof(PyFunction));

    public CodeObject Code;
    public readonly PyDict Globals;
    /// <summary>The builtins dict captured at creation (CPython 3.11 looks it up from globals per frame).</summary>
    public readonly PyDict Builtins;
    public string Name;
    public string QualName;
    public PyObject Doc = Py.None;
    public PyObject Module;
    /// <summary>__defaults__ items, or null.</summary>
    public PyObject[]? Defaults;
    /// <summary>__kwdefaults__, or null.</summary>
    public PyDict? KwDefaults;
    /// <summary>__closure__: one cell per free variable of the code, or null.</summary>
    public PyCell[]? Closure;
    public PyObject? Annotations;
    public PyDict? FuncDict;

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins, string? qualname = null)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.co_name;
        QualName = qualname ?? code.co_qualname;
        Module = globals.TryGetValue(PyStr.Intern("__name__"), out var m) ? m : Py.None;
        if (code.co_consts.Length > 0 && code.co_consts[0] is PyStr doc && (code.co_flags & CodeFlags.Optimized) != 0)
            Doc = doc;
    }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;
    public override bool IsDescriptor => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner) =>
        instance is null ? this : new PyMethod(this, instance);

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        EvalLoop.CallFunction(ThreadState.Current, this, args, kwnames);

    public override string Repr() => $"<function {QualName} at {Ops.IdHex(this)}>";

    /// <summary>"module.qualname" as _PyObject_FunctionStr words it in call errors.</summary>
    internal string FunctionStr() =>
        Module is PyStr m && m.Value != "builtins" ? $"{m.Value}.{QualName}()" : $"{QualName}()";

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__name__": return PyStr.From(Name);
            case "__qualname__": return PyStr.From(QualName);
            case "__doc__": return Doc;
            case "__module__": return Module;
            case "__defaults__": return Defaults is null ? Py.None : new PyTuple((PyObject[])Defaults.Clone());
            case "__kwdefaults__": return (PyObject?)KwDefaults ?? Py.None;
            case "__closure__": return Closure is null ? Py.None : new PyTuple([.. Closure]);
            case "__code__": return Code;
            case "__globals__": return Globals;
            case "__builtins__": return Builtins;
            case "__dict__": return FuncDict ??= new PyDict();
            case "__annotations__": return Annotations ??= new PyDict();
        }
        if (FuncDict is not null && FuncDict.TryGetValue(name, out var v)) return v;
        return base.LookupAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        switch (name.Value)
        {
            case "__name__":
                Name = value is PyStr s ? s.Value : throw PyErr.TypeError("__name__ must be set to a string object");
                return;
            case "__qualname__":
                QualName = value is PyStr q ? q.Value : throw PyErr.TypeError("__qualname__ must be set to a string object");
                return;
            case "__doc__": Doc = value ?? Py.None; return;
            case "__module__": Module = value ?? Py.None; return;
            case "__defaults__":
                if (value is null || value is PyNone) Defaults = null;
                else if (value is PyTuple t) Defaults = t.Count == 0 ? null : (PyObject[])t.Items.Clone();
                else throw PyErr.TypeError("__defaults__ must be set to a tuple object");
                return;
            case "__kwdefaults__":
                if (value is null || value is PyNone) KwDefaults = null;
                else if (value is PyDict d) KwDefaults = d;
                else throw PyErr.TypeError("__kwdefaults__ must be set to a dict object");
                return;
            case "__code__":
                Code = value as CodeObject ?? throw PyErr.TypeError("__code__ must be set to a code object");
                return;
            case "__annotations__": Annotations = value; return;
            case "__dict__":
                FuncDict = value as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + (value?.Type.Name ?? "NoneType") + "'");
                return;
            case "__closure__": case "__globals__": case "__builtins__":
                throw PyErr.AttributeError("readonly attribute");
        }
        FuncDict ??= new PyDict();
        if (value is null)
        {
            if (!FuncDict.Remove(name)) throw PyErr.AttributeError($"'function' object has no attribute '{name.Value}'");
        }
        else FuncDict.SetItem(name, value);
    }
}

/// <summary>method objects: a function bound to an instance (CPython's PyMethodObject).</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method", typeof(PyMethod));

    public PyObject Function { get; }
    public PyObject Self { get; }

    public PyMethod(PyObject function, PyObject self) { Function = function; Self = self; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all.AsSpan(1));
        return Function.Call(all, kwnames);
    }

    public override string Repr()
    {
        var qn = Function.LookupAttr(PyStr.Intern("__qualname__")) is PyStr s ? s.Value : "?";
        return $"<bound method {qn} of {Ops.Repr(Self)}>";
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "__func__" => Function,
        "__self__" => Self,
        _ => Function.LookupAttr(name) ?? base.LookupAttr(name),
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyMethod m) return Py.NotImplemented;
        bool eq = ReferenceEquals(Function, m.Function) && ReferenceEquals(Self, m.Self);
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => Function.Hash() ^ Ops.Id(Self);
}
