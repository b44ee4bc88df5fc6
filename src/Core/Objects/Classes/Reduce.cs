// object.__reduce_ex__ / __getstate__ (CPython's typeobject.c reduce_newobj): what copy.copy,
// copy.deepcopy and pickle use for instances of Python classes: (copyreg.__newobj__, (cls,), state).
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

internal static class Reduce
{
    public static PyObject GetState(PyObject self)
    {
        PyObject state = self is IHeapInstance { InstanceDict: { Count: > 0 } d } ? d : Py.None;
        if (self is IHeapInstance { SlotValues: { } values })
        {
            var slots = new PyDict();
            foreach (var t in self.Type.Mro)
                foreach (var kv in t.Dict.Items())
                    if (kv.Value is PyMemberDescriptor md && kv.Key is PyStr k)
                    {
                        var v = md.DescrGetOrNull(self);
                        if (v is not null) slots.SetItem(k, v);
                    }
            if (slots.Count > 0) return new PyTuple([state, slots]);
        }
        return state;
    }

    public static PyObject ReduceEx(PyObject self, ReadOnlySpan<PyObject> args)
    {
        long proto = args.Length > 0 ? Ops.AsIndex(args[0]) : 0;
        // A class that defines its own __reduce__ (and not __reduce_ex__) is reduced by it, as
        // object.__reduce_ex__ does in CPython.
        var reduce = PyStr.Intern("__reduce__");
        PyType.ObjectType.Dict.TryGetValue(reduce, out var objectReduce);
        if (!ReferenceEquals(self.Type.LookupMro(reduce), objectReduce) && self.LookupAttr(reduce) is { } ownReduce)
            return ownReduce.Call([], null);
        return CommonReduce(self, proto);
    }

    /// <summary>_common_reduce: object.__reduce__ itself, and __reduce_ex__ when __reduce__ is not overridden.</summary>
    public static PyObject CommonReduce(PyObject self, long proto)
    {
        var t = self.Type;
        if (!t.IsHeapType || !(self is IHeapInstance))
            throw PyErr.TypeError($"cannot pickle '{t.Name}' object");
        var copyreg = ThreadState.Current.Interpreter.ImportName("copyreg", null, null, 0);
        if (proto < 2)
            return Ops.CallMethod(copyreg, "_reduce_ex", self, PyInt.From(proto));
        var newobj = Ops.GetAttr(copyreg, "__newobj__");
        PyObject[] newArgs = [t];
        var getNewArgs = self.LookupAttr(PyStr.Intern("__getnewargs__"));
        if (getNewArgs is not null && Ops.ToTuple(getNewArgs.Call([], null)) is { } extra)
            newArgs = [t, .. extra.Items];
        var getState = self.LookupAttr(PyStr.Intern("__getstate__"));
        var state = getState is null ? GetState(self) : getState.Call([], null);
        PyObject listItems = self is PyList l ? Ops.GetIter(l) : Py.None;
        PyObject dictItems = self is PyDict d ? Ops.CallMethod(d, "items").Iter() : Py.None;
        return new PyTuple([newobj, new PyTuple(newArgs), state, listItems, dictItems]);
    }
}
