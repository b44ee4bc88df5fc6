// Python exception instances (CPython's PyBaseExceptionObject). One .NET class serves every builtin
// exception type that has no extra state; the Python type is a field, so instances of heap subclasses
// (class MyError(ValueError)) are the same .NET class as their builtin base. Subclasses below and in the
// sibling files carry the extra state CPython keeps in C fields (StopIteration.value, OSError.errno...),
// exposed as descriptors in the type dicts (see ExceptionTypes.Members.cs) so lookups follow the MRO.
//
// Construction follows CPython's two steps: Alloc (BaseException_new: args = the call's positional
// arguments) then Init (the type's __init__, which re-reads args and fills the extra fields).
namespace GilRuntime.Core.Objects;

using GilRuntime.Core.Objects.Classes;

public class PyBaseException : PyObject, IHeapInstance
{
    private PyType _type;
    private readonly PyObject?[]? _slotValues;

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
        if (type.IsHeapType && type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount];
    }

    public override PyType Type => _type;

    // ---- instances of Python subclasses (class MyError(ValueError)) -----------------------------------
    // Every exception instance can be one: the .NET class follows the builtin base's state (OSError,
    // StopIteration...) and the heap type's Python dunders are dispatched here, as the generated
    // *Sub classes do for the other builtin bases (Classes/HeapSubclasses/*.g.cs), so exceptions need none.
    public PyObject?[]? SlotValues => _slotValues;
    public void SetType(PyType type) => _type = type;
    public PyObject? BaseLookupAttr(PyStr name) => GenericLookup(name);
    public void BaseSetAttr(PyStr name, PyObject? value) => GenericStore(name, value);

    /// <summary>Whether this instance's Python class may override slots that this class must dispatch.</summary>
    private bool IsHeap => _type.IsHeapType;
    public string BaseRepr() => ExceptionRepr();
    public string BaseStr() => ExceptionStr();
    public long BaseHash() => base.Hash();
    public PyObject BaseRichCompare(PyObject other, CompareOp op) => base.RichCompare(other, op);
    public bool BaseIsTrue() => true;
    public long BaseLength() => base.Length();
    public PyObject BaseGetItem(PyObject key) => base.GetItem(key);
    public void BaseSetItem(PyObject key, PyObject value) => base.SetItem(key, value);
    public void BaseDelItem(PyObject key) => base.DelItem(key);
    public bool BaseContains(PyObject item) => base.Contains(item);
    public PyObject BaseIter() => base.Iter();
    public PyObject? BaseNext() => base.Next();
    public PyObject BaseCall(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => base.Call(args, kwnames);
    public string BaseFormat(string spec) => base.Format(spec);
    public PyInt? BaseIndex() => base.Index();
    public PyObject? BaseToInt() => base.ToInt();
    public PyObject? BaseToFloat() => base.ToFloat();
    public PyObject BaseNegative() => base.Negative();
    public PyObject BasePositive() => base.Positive();
    public PyObject BaseInvert() => base.Invert();
    public PyObject BaseAbsolute() => base.Absolute();
    public PyObject BaseBinaryOp(BinaryOp op, PyObject other) => base.BinaryOp(op, other);
    public PyObject BaseReflectedBinaryOp(BinaryOp op, PyObject left) => base.ReflectedBinaryOp(op, left);
    public PyObject BaseInplaceOp(BinaryOp op, PyObject other) => base.InplaceOp(op, other);
    public PyObject BaseTernaryPower(PyObject exp, PyObject mod) => base.TernaryPower(exp, mod);
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
    public override string Str()
    {
        if (!IsHeap) return ExceptionStr();
        var s = _type.Slots;
        if (s.Str is { } f) return SlotCalls.StrOf(f, this);
        return ExceptionStr();
    }

    public override string Repr() =>
        IsHeap && _type.Slots.Repr is { } f ? SlotCalls.ReprOf(f, this) : ExceptionRepr();

    public override long Hash() =>
        IsHeap && _type.Slots is { HashOverridden: true } s ? SlotCalls.HashOf(this, s) : base.Hash();

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (!IsHeap) return base.RichCompare(other, op);
        var s = _type.Slots;
        var f = s.Compare(op);
        if (f is not null) return SlotCalls.Call1(f, this, other);
        if (op == CompareOp.Ne && s.NeInvertsEq) return SlotCalls.InvertEq(s.Eq!, this, other);
        return base.RichCompare(other, op);
    }

    public override bool IsTrue()
    {
        if (!IsHeap) return true;
        var s = _type.Slots;
        if (s.Bool is { } b) return SlotCalls.BoolOf(b, this);
        if (s.Len is { } l) return SlotCalls.LengthOf(l, this) != 0;
        return true;
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        IsHeap && _type.Slots.Call is { } f ? SlotCalls.Call(f, this, args, kwnames) : base.Call(args, kwnames);

    public override bool IsCallable => IsHeap && _type.Slots.Call is not null;

    public override PyObject Iter() =>
        IsHeap && _type.Slots.Iter is { } f ? SlotCalls.IterOf(f, this) : base.Iter();

    public override PyObject? Next() =>
        IsHeap && _type.Slots.Next is { } f ? SlotCalls.NextOf(f, this) : base.Next();

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

    public override PyObject? LookupAttr(PyStr name)
    {
        if (!IsHeap) return GenericLookup(name);
        var s = _type.Slots;
        if (s.HasAttrHooks) return HeapAttributes.GetAttrWithHooks(this, s, name);
        return HeapAttributes.GenericGetAttr(this, this, name);
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (IsHeap) HeapAttributes.SetAttr(this, this, name, value);
        else GenericStore(name, value);
    }

    /// <summary>PyObject_GenericGetAttr with the instance __dict__.</summary>
    private PyObject? GenericLookup(PyStr name)
    {
        var attr = _type.LookupMro(name);
        if (attr is not null && attr.IsDataDescriptor) return attr.DescrGet(this, _type);
        if (InstanceDict is not null && InstanceDict.TryGetValue(name, out var v)) return v;
        if (attr is null) return null;
        return attr.IsDescriptor ? attr.DescrGet(this, _type) : attr;
    }

    /// <summary>PyObject_GenericSetAttr with the instance __dict__.</summary>
    private void GenericStore(PyStr name, PyObject? value)
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
