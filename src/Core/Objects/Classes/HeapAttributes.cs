// Attribute access on instances of heap types: PyObject_GenericGetAttr / GenericSetAttr with an
// instance __dict__ (data descriptors on the type win over the dict, the dict wins over non-data
// descriptors and plain class attributes), and the slot_tp_getattr_hook path for classes that define
// __getattribute__ or __getattr__.
namespace GilRuntime.Core.Objects.Classes;

using System.Runtime.CompilerServices;

internal static class HeapAttributes
{
    /// <summary>object.__getattribute__ for a heap instance; null when missing.</summary>
    public static PyObject? GenericGetAttr(PyObject self, IHeapInstance h, PyStr name)
    {
        var t = self.Type;
        var descr = t.LookupMro(name);
        if (descr is not null && descr.IsDataDescriptor) return descr.DescrGet(self, t);
        var d = h.InstanceDict;
        if (d is not null && d.TryGetValue(name, out var v)) return v;
        if (descr is not null) return descr.IsDescriptor ? descr.DescrGet(self, t) : descr;
        return self is PyInstance ? null : h.BaseLookupAttr(name);
    }

    /// <summary>object.__setattr__ / __delattr__ for a heap instance.</summary>
    public static void GenericSetAttr(PyObject self, IHeapInstance h, PyStr name, PyObject? value)
    {
        var t = self.Type;
        var descr = t.LookupMro(name);
        if (descr is not null && descr.IsDataDescriptor)
        {
            descr.DescrSet(self, value);
            return;
        }
        if (self is PyBaseException)
        {
            h.BaseSetAttr(name, value); // args, __traceback__, __cause__... then the instance dict
            return;
        }
        if (t.InstancesHaveDict)
        {
            if (value is null)
            {
                if (h.InstanceDict is not { } d || !d.Remove(name))
                    throw PyErr.AttributeError($"'{t.Name}' object has no attribute '{name.Value}'");
            }
            else (h.InstanceDict ??= new PyDict()).SetItem(name, value);
            return;
        }
        if (self is PyInstance)
        {
            if (descr is not null)
                throw PyErr.AttributeError($"'{t.Name}' object attribute '{name.Value}' is read-only");
            throw PyErr.AttributeError($"'{t.Name}' object has no attribute '{name.Value}'");
        }
        h.BaseSetAttr(name, value);
    }

    /// <summary>slot_tp_getattr_hook: __getattribute__, then __getattr__ when that raised AttributeError.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? GetAttrWithHooks(PyObject self, TypeSlots s, PyStr name)
    {
        PyObject? r;
        try
        {
            if (s.GetAttribute is not null) r = SlotCalls.Call1(s.GetAttribute, self, name);
            else if (self is PyType t) r = t.TypeGetAttr(name);
            else if (self is IHeapInstance h) r = GenericGetAttr(self, h, name);
            else r = null;
        }
        catch (PyException e) when (s.GetAttr is not null && e.Value.Type.IsSubtype(ExceptionTypes.AttributeError))
        {
            r = null;
        }
        if (r is null && s.GetAttr is not null) return SlotCalls.Call1(s.GetAttr, self, name);
        return r;
    }

    /// <summary>tp_setattro of a heap instance: a Python __setattr__/__delattr__ or the generic store.</summary>
    public static void SetAttr(PyObject self, IHeapInstance h, PyStr name, PyObject? value)
    {
        var s = self.Type.Slots;
        var hook = value is null ? s.DelAttr : s.SetAttr;
        if (hook is not null) SlotCalls.SetAttrHook(hook, self, name, value);
        else GenericSetAttr(self, h, name, value);
    }
}
