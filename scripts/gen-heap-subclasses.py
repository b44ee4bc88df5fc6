#!/usr/bin/env python3
"""Generates src/Core/Objects/Classes/HeapSubclasses/*.g.cs: one .NET class per builtin "solid base"
(object, int, list, dict, ...) for the instances of Python classes deriving from it.

Each generated class derives from the builtin's .NET class (so `o is PyList` keeps accepting list
subclasses, as PyList_Check does), holds the heap type, the instance __dict__ and the __slots__
values, and overrides every PyObject slot virtual: when a Python class in the MRO defines the dunder
(the type's TypeSlots entry is non-null) the slot calls it, else the builtin base's behaviour runs.
The same code for 13 bases is why it is generated: edit this script, then run it.
"""
import os

# (generated class, .NET base class, constructor declarations, str() falls back to a Python __repr__)
BASES = [
    ("PyInstance", "PyObject", [
        "public PyInstance(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyIntSub", "PyInt", [
        "public PyIntSub(PyType type, PyInt value) : base(value) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyFloatSub", "PyFloat", [
        "public PyFloatSub(PyType type, double value) : base(value) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyComplexSub", "PyComplex", [
        "public PyComplexSub(PyType type, double real, double imag) : base(real, imag) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyStrSub", "PyStr", [
        "public PyStrSub(PyType type, string value) : base(value) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], False),
    ("PyBytesSub", "PyBytes", [
        "public PyBytesSub(PyType type, byte[] value) : base(value) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], False),
    ("PyByteArraySub", "PyByteArray", [
        "public PyByteArraySub(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyListSub", "PyList", [
        "public PyListSub(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyTupleSub", "PyTuple", [
        "public PyTupleSub(PyType type, PyObject[] items) : base(items) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyDictSub", "PyDict", [
        "public PyDictSub(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PySetSub", "PySet", [
        "public PySetSub(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyFrozenSetSub", "PyFrozenSet", [
        "public PyFrozenSetSub(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyPropertySub", "PyProperty", [
        "public PyPropertySub(PyType type) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyStaticMethodSub", "PyStaticMethod", [
        "public PyStaticMethodSub(PyType type, PyObject callable) : base(callable) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
    ("PyClassMethodSub", "PyClassMethod", [
        "public PyClassMethodSub(PyType type, PyObject callable) : base(callable) { _type = type; if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount]; }",
    ], True),
]

ENABLED = os.environ.get("GEN_BASES", "").split(",") if os.environ.get("GEN_BASES") else [b[0] for b in BASES]

TEMPLATE = '''
public {sealed}partial class {cls} : {base}, IHeapInstance
{{
    private PyType _type;
{dictfield}    private readonly PyObject?[]? _slotValues;

    {ctors}

    public override PyType Type => _type;
{dictprop}
    public PyObject?[]? SlotValues => _slotValues;
    public void SetType(PyType type) => _type = type;
    public PyObject? BaseLookupAttr(PyStr name) => base.LookupAttr(name);
    public void BaseSetAttr(PyStr name, PyObject? value) => base.SetAttr(name, value);
    public string BaseRepr() => base.Repr();
    public string BaseStr() => base.Str();
    public long BaseHash() => base.Hash();
    public PyObject BaseRichCompare(PyObject other, CompareOp op) => base.RichCompare(other, op);
    public bool BaseIsTrue() => base.IsTrue();
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

    public override string Repr() => _type.Slots.Repr is {{ }} f ? SlotCalls.ReprOf(f, this) : {baserepr};

    public override string Str()
    {{
        var s = _type.Slots;
        if (s.Str is {{ }} f) return SlotCalls.StrOf(f, this);
        {strfallback}
        return base.Str();
    }}

    public override long Hash()
    {{
        var s = _type.Slots;
        return s.HashOverridden ? SlotCalls.HashOf(this, s) : base.Hash();
    }}

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {{
        var s = _type.Slots;
        var f = s.Compare(op);
        if (f is not null) return SlotCalls.Call1(f, this, other);
        if (op == CompareOp.Ne && s.NeInvertsEq) return SlotCalls.InvertEq(s.Eq!, this, other);
        return base.RichCompare(other, op);
    }}

    public override bool IsTrue()
    {{
        var s = _type.Slots;
        if (s.Bool is {{ }} b) return SlotCalls.BoolOf(b, this);
        if (s.Len is {{ }} l) return SlotCalls.LengthOf(l, this) != 0;
        return base.IsTrue();
    }}

    public override PyObject? LookupAttr(PyStr name)
    {{
        var s = _type.Slots;
        if (s.HasAttrHooks) return HeapAttributes.GetAttrWithHooks(this, s, name);
        {lookup}
    }}

{setattr}
    public override bool IsDescriptor => _type.Slots.Get is not null || base.IsDescriptor;
    public override bool IsDataDescriptor => _type.Slots is var s && (s.Set is not null || s.Delete is not null) || base.IsDataDescriptor;

    public override PyObject DescrGet(PyObject? instance, PyType owner) =>
        _type.Slots.Get is {{ }} f ? SlotCalls.DescrGetOf(f, this, instance, owner) : base.DescrGet(instance, owner);

    public override void DescrSet(PyObject instance, PyObject? value)
    {{
        var s = _type.Slots;
        if (s.Set is not null || s.Delete is not null) SlotCalls.DescrSetOf(s, this, instance, value);
        else base.DescrSet(instance, value);
    }}

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        _type.Slots.Call is {{ }} f ? SlotCalls.Call(f, this, args, kwnames) : base.Call(args, kwnames);

    public override bool IsCallable => _type.Slots.Call is not null || base.IsCallable;

    public override PyObject Iter()
    {{
        var s = _type.Slots;
        if (s.Iter is {{ }} f) return SlotCalls.IterOf(f, this);
        {iterfallback}
        return base.Iter();
    }}

    public override PyObject? Next() => _type.Slots.Next is {{ }} f ? SlotCalls.NextOf(f, this) : base.Next();

    public override PyObject GetItem(PyObject key) =>
        _type.Slots.GetItem is {{ }} f ? SlotCalls.Call1(f, this, key) : base.GetItem(key);

    public override void SetItem(PyObject key, PyObject value)
    {{
        if (_type.Slots.SetItem is {{ }} f) SlotCalls.Call2(f, this, key, value);
        else base.SetItem(key, value);
    }}

    public override void DelItem(PyObject key)
    {{
        if (_type.Slots.DelItem is {{ }} f) SlotCalls.Call1(f, this, key);
        else base.DelItem(key);
    }}

    public override bool Contains(PyObject item) =>
        _type.Slots.Contains is {{ }} f ? Ops.IsTrue(SlotCalls.Call1(f, this, item)) : base.Contains(item);

    public override long Length() => _type.Slots.Len is {{ }} f ? SlotCalls.LengthOf(f, this) : base.Length();
    public override bool HasLength => _type.Slots.Len is not null || base.HasLength;

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        _type.Slots.Binary(op) is {{ }} f ? SlotCalls.Call1(f, this, other) : base.BinaryOp(op, other);

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        _type.Slots.Reflected(op) is {{ }} f ? SlotCalls.Call1(f, this, left) : base.ReflectedBinaryOp(op, left);

    public override PyObject InplaceOp(BinaryOp op, PyObject other) =>
        _type.Slots.Inplace(op) is {{ }} f ? SlotCalls.Call1(f, this, other) : base.InplaceOp(op, other);

    public override PyObject TernaryPower(PyObject exp, PyObject mod) =>
        _type.Slots.Binary(Objects.BinaryOp.Power) is {{ }} f ? SlotCalls.Call2(f, this, exp, mod) : base.TernaryPower(exp, mod);

    public override PyObject Negative() => _type.Slots.Neg is {{ }} f ? SlotCalls.Call0(f, this) : base.Negative();
    public override PyObject Positive() => _type.Slots.Pos is {{ }} f ? SlotCalls.Call0(f, this) : base.Positive();
    public override PyObject Invert() => _type.Slots.Invert is {{ }} f ? SlotCalls.Call0(f, this) : base.Invert();
    public override PyObject Absolute() => _type.Slots.Abs is {{ }} f ? SlotCalls.Call0(f, this) : base.Absolute();
    public override PyInt? Index() => _type.Slots.Index is {{ }} f ? SlotCalls.IndexOf(f, this) : base.Index();

    public override PyObject? ToInt()
    {{
        var s = _type.Slots;
        if (s.Int is {{ }} f) return SlotCalls.IntOf(f, this);
        return base.ToInt();
    }}

    public override PyObject? ToFloat() => _type.Slots.Float is {{ }} f ? SlotCalls.FloatOf(f, this) : base.ToFloat();

    public override string Format(string spec) =>
        _type.Slots.Format is {{ }} f ? SlotCalls.FormatOf(f, this, spec) : spec.Length == 0 ? Str() : base.Format(spec);
}}
'''

HEADER = '''// <auto-generated> by scripts/gen-heap-subclasses.py; do not edit by hand. </auto-generated>
// Instances of Python classes: one .NET class per builtin solid base (see the script for why).
#nullable enable
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Objects;
'''


def main():
    # One file per class: each is a few hundred lines of the same shape, and one file of all of them
    # would be too long to read.
    folder = os.path.join(os.path.dirname(__file__), "..", "src", "Core", "Objects", "Classes", "HeapSubclasses")
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        if old.endswith(".g.cs"):
            os.remove(os.path.join(folder, old))
    for cls, base, ctors, str_repr in BASES:
        if cls not in ENABLED:
            continue
        plain = cls == "PyInstance"
        text = HEADER + TEMPLATE.format(
            cls=cls, base=base,
            ctors="\n\n    ".join(ctors),
            dictfield="    private PyDict? _dict;\n",
            dictprop="    public PyDict? InstanceDict { get => _dict; set => _dict = value; }",
            baserepr="base.Repr()",
            strfallback="if (s.Repr is { } r) return SlotCalls.ReprOf(r, this);" if str_repr else "",
            iterfallback="if (s.GetItem is not null) return new PySeqIterator(this);" if plain else "",
            lookup=("return GetAttrGeneric(name);" if plain else "return HeapAttributes.GenericGetAttr(this, this, name);"),
            sealed="sealed " if plain else "",
            setattr=("" if plain else "    public override void SetAttr(PyStr name, PyObject? value) => HeapAttributes.SetAttr(this, this, name, value);\n"),
        )
        with open(os.path.join(folder, cls + ".g.cs"), "w") as f:
            f.write(text.rstrip() + "\n")


if __name__ == "__main__":
    main()
