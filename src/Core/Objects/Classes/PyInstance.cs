// Attribute access for instances of plain Python classes (solid base object): the hot path of
// class-heavy programs, written against PyInstance's fields directly (no interface or virtual calls
// besides the descriptor checks). The eval loop calls GetAttrFast for LOAD_ATTR.
namespace GilRuntime.Core.Objects.Classes;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Runtime;

public sealed partial class PyInstance
{
    /// <summary>LOAD_ATTR on an instance: null when the attribute is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? GetAttrFast(PyStr name)
    {
        var s = _type.Slots;
        return s.HasAttrHooks ? HeapAttributes.GetAttrWithHooks(this, s, name) : GetAttrGeneric(name);
    }

    /// <summary>PyObject_GenericGetAttr: data descriptor, instance dict, then class attribute.</summary>
    internal PyObject? GetAttrGeneric(PyStr name)
    {
        var t = _type;
        var descr = t.LookupMro(name);
        if (descr is null) return _dict is { } d && d.TryGetValue(name, out var v) ? v : null;
        if (descr.IsDataDescriptor) return descr.DescrGet(this, t);
        if (_dict is { } d2 && d2.TryGetValue(name, out var v2)) return v2;
        return descr.IsDescriptor ? descr.DescrGet(this, t) : descr;
    }

    public override void SetAttr(PyStr name, PyObject? value)
    {
        var t = _type;
        var s = t.Slots;
        var hook = value is null ? s.DelAttr : s.SetAttr;
        if (hook is not null)
        {
            SlotCalls.SetAttrHook(hook, this, name, value);
            return;
        }
        var descr = t.LookupMro(name);
        if (descr is not null && descr.IsDataDescriptor)
        {
            descr.DescrSet(this, value);
            return;
        }
        if (value is not null && t.InstancesHaveDict)
        {
            (_dict ??= new PyDict()).SetItem(name, value);
            return;
        }
        HeapAttributes.GenericSetAttr(this, this, name, value);
    }

    /// <summary>LOAD_METHOD: the class's function when the instance dict does not shadow it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? LookupMethod(PyStr name)
    {
        var t = _type;
        if (t.Slots.HasAttrHooks) return null;
        var descr = t.LookupMro(name);
        if (descr is PyFunction && (_dict is not { } d || !d.TryGetValue(name, out _))) return descr;
        return null;
    }
}
