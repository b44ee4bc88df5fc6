// Python exception instances (CPython's PyBaseExceptionObject). One .NET class serves every builtin
// exception type that has no extra state; the Python type is a field, so instances of heap subclasses
// (class MyError(ValueError)) are the same .NET class as their builtin base. Subclasses below and in the
// sibling files carry the extra state CPython keeps in C fields (StopIteration.value, OSError.errno...),
// exposed as descriptors in the type dicts (see ExceptionTypes.Members.cs) so lookups follow the MRO.
//
// Construction follows CPython's two steps: Alloc (BaseException_new: args = the call's positional
// arguments) then Init (the type's __init__, which re-reads args and fills the extra fields).
namespace GilRuntime.Core.Objects;

public class PyBaseException : PyObject
{
    private readonly PyType _type;

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    public override PyType Type => _type;
    public PyTuple Args { get; set; }
    /// <summary>__traceback__: a traceback object (Runtime's PyTraceback) or null.</summary>
    public PyObject? Traceback { get; set; }
    public PyBaseException? Cause { get; set; }
    public PyBaseException? Context { get; set; }
    public bool SuppressContext { get; set; }
    /// <summary>__dict__ for attributes set by user code (e.g. e.custom = 1, __notes__), created on demand.</summary>
    public PyDict? InstanceDict { get; set; }

    /// <summary>BaseException_init and the subtypes' __init__: re-reads the constructor arguments.</summary>
    public virtual void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw PyErr.TypeError($"{_type.Name}() takes no keyword arguments");
        Args = new PyTuple(args.ToArray());
    }

    /// <summary>Splits vectorcall arguments into positional ones and (name, value) keyword pairs.</summary>
    protected static ReadOnlySpan<PyObject> Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        args[..(args.Length - (kwnames?.Count ?? 0))];

    /// <summary>Parses keyword-only arguments for __init__ (ImportError, NameError, AttributeError).</summary>
    protected static PyObject?[] KeywordOnly(string funcName, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] allowed)
    {
        var values = new PyObject?[allowed.Length];
        int nkw = kwnames?.Count ?? 0;
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kwnames![i]).Value;
            int slot = Array.IndexOf(allowed, key);
            if (slot < 0) throw PyErr.TypeError($"'{key}' is an invalid keyword argument for {funcName}()");
            values[slot] = args[args.Length - nkw + i];
        }
        return values;
    }

    // tp_str / tp_repr go through ExceptionStr / ExceptionRepr, the builtin behaviour that
    // BaseException.__str__ / __repr__ call directly (so a subclass's super().__str__() never recurses).
    public override string Str() => ExceptionStr();
    public override string Repr() => ExceptionRepr();

    /// <summary>The type's tp_str (the subclasses with extra state override it).</summary>
    public virtual string ExceptionStr() => BaseExceptionStr();

    /// <summary>BaseException_str, whatever the subclass.</summary>
    public string BaseExceptionStr() => Args.Count switch
    {
        0 => "",
        1 => Ops.Str(Args[0]),
        _ => Args.Repr(),
    };

    /// <summary>BaseException_repr: the type's name (not qualified) and the args.</summary>
    public virtual string ExceptionRepr()
    {
        var name = _type.Name;
        return Args.Count == 1 ? $"{name}({Ops.Repr(Args[0])})" : $"{name}{Args.Repr()}";
    }

    /// <summary>PyObject_GenericGetAttr with the instance __dict__.</summary>
    public override PyObject? LookupAttr(PyStr name)
    {
        var attr = _type.LookupMro(name);
        if (attr is not null && attr.IsDataDescriptor) return attr.DescrGet(this, _type);
        if (InstanceDict is not null && InstanceDict.TryGetValue(name, out var v)) return v;
        if (attr is null) return null;
        return attr.IsDescriptor ? attr.DescrGet(this, _type) : attr;
    }

    /// <summary>PyObject_GenericSetAttr with the instance __dict__.</summary>
    public override void SetAttr(PyStr name, PyObject? value)
    {
        var attr = _type.LookupMro(name);
        if (attr is not null && attr.IsDataDescriptor) { attr.DescrSet(this, value); return; }
        if (value is not null) { (InstanceDict ??= new PyDict()).SetItem(name, value); return; }
        if (InstanceDict is null || !InstanceDict.Remove(name))
            throw PyErr.AttributeError($"'{_type.Name}' object has no attribute '{name.Value}'");
    }

    /// <summary>__notes__ as a list when it is one (add_note keeps it there), else null.</summary>
    public PyObject? Notes =>
        InstanceDict is not null && InstanceDict.TryGetValue(PyStr.Intern("__notes__"), out var n) ? n : null;

    /// <summary>BaseException.add_note: appends to __notes__, creating the list on first use.</summary>
    public void AddNote(PyObject note)
    {
        if (note is not PyStr) throw PyErr.TypeError($"note must be a str, not '{note.Type.Name}'");
        var key = PyStr.Intern("__notes__");
        var notes = LookupAttr(key);
        if (notes is null)
        {
            notes = new PyList();
            SetAttr(key, notes);
        }
        if (notes is not PyList list) throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
        list.Append(note);
    }
}

/// <summary>StopIteration and StopAsyncIteration carry the generator's return value.</summary>
public sealed class PyStopIteration(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Value { get; set; } = args.Count > 0 ? args[0] : Py.None;

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        base.Init(args, kwnames);
        Value = args.Length > 0 ? args[0] : Py.None;
    }
}

/// <summary>SystemExit carries the exit code.</summary>
public sealed class PySystemExit(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Code { get; set; } = CodeOf(args);

    private static PyObject CodeOf(PyTuple args) => args.Count switch { 0 => Py.None, 1 => args[0], _ => args };

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        base.Init(args, kwnames);
        if (args.Length > 0) Code = CodeOf(Args);
    }
}

/// <summary>KeyError: str() of a single argument is its repr (KeyError_str).</summary>
public sealed class PyKeyError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public override string ExceptionStr() => Args.Count == 1 ? Ops.Repr(Args[0]) : base.ExceptionStr();
}

/// <summary>NameError (name) and AttributeError (name, obj): the fields behind "Did you mean" suggestions.</summary>
public sealed class PyNameError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Name { get; set; } = Py.None;
    /// <summary>AttributeError.obj; unused for NameError.</summary>
    public PyObject Obj { get; set; } = Py.None;

    private bool IsAttributeError => Type.IsSubtype(ExceptionTypes.AttributeError);

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var pos = Positional(args, kwnames);
        string[] allowed = IsAttributeError ? ["name", "obj"] : ["name"];
        var kw = KeywordOnly(Type.Name, args, kwnames, allowed);
        Args = new PyTuple(pos.ToArray());
        Name = kw[0] ?? Py.None;
        if (IsAttributeError) Obj = kw[1] ?? Py.None;
    }
}

/// <summary>ImportError and ModuleNotFoundError: msg, name and path.</summary>
public sealed class PyImportError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Msg { get; set; } = args.Count == 1 ? args[0] : Py.None;
    public PyObject Name { get; set; } = Py.None;
    public PyObject Path { get; set; } = Py.None;

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var pos = Positional(args, kwnames);
        var kw = KeywordOnly("ImportError", args, kwnames, ["name", "path"]);
        Args = new PyTuple(pos.ToArray());
        Name = kw[0] ?? Py.None;
        Path = kw[1] ?? Py.None;
        Msg = pos.Length == 1 ? pos[0] : Py.None;
    }

    /// <summary>ImportError_str: msg when it is set, else the args.</summary>
    public override string ExceptionStr() => Msg is not PyNone ? Ops.Str(Msg) : base.ExceptionStr();
}
