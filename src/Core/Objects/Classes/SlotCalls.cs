// Calling the special methods a Python class defines, as CPython's slot_* functions in typeobject.c
// do: the dunder found on the type is called with the instance first, and its result is checked the
// way the slot's caller expects (repr must return str, __len__ a non-negative int, ...). Arguments go
// through a small inline buffer, so dispatching `a + b` to a Python __add__ allocates nothing here.
namespace GilRuntime.Core.Objects.Classes;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Runtime;

internal static class SlotCalls
{
    [InlineArray(4)]
    private struct ArgBuffer
    {
        private PyObject _element;
    }

    /// <summary>Calls <paramref name="f"/> (found on self's type) with self prepended to <paramref name="all"/>[1..].</summary>
    private static PyObject Invoke(PyObject f, PyObject self, ReadOnlySpan<PyObject> all)
    {
        if (f is PyFunction fn) return EvalLoop.CallFunctionFromStack(ThreadState.Current, fn, all);
        if (f is PyMethodDescriptor md) return md.CallWithSelf(self, all[1..], null);
        if (f.IsDescriptor) return f.DescrGet(self, self.Type).Call(all[1..], null);
        return f.Call(all[1..], null);
    }

    public static PyObject Call0(PyObject f, PyObject self)
    {
        ArgBuffer b = default;
        b[0] = self;
        return Invoke(f, self, ((ReadOnlySpan<PyObject>)b)[..1]);
    }

    public static PyObject Call1(PyObject f, PyObject self, PyObject a)
    {
        ArgBuffer b = default;
        b[0] = self;
        b[1] = a;
        return Invoke(f, self, ((ReadOnlySpan<PyObject>)b)[..2]);
    }

    public static PyObject Call2(PyObject f, PyObject self, PyObject a, PyObject c)
    {
        ArgBuffer b = default;
        b[0] = self;
        b[1] = a;
        b[2] = c;
        return Invoke(f, self, ((ReadOnlySpan<PyObject>)b)[..3]);
    }

    public static PyObject Call3(PyObject f, PyObject self, PyObject a, PyObject c, PyObject d)
    {
        ArgBuffer b = default;
        b[0] = self;
        b[1] = a;
        b[2] = c;
        b[3] = d;
        return Invoke(f, self, b);
    }

    /// <summary>A call with arbitrary vectorcall arguments (self prepended).</summary>
    public static PyObject Call(PyObject f, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is null && args.Length <= 3)
        {
            ArgBuffer b = default;
            b[0] = self;
            for (int i = 0; i < args.Length; i++) b[i + 1] = args[i];
            return Invoke(f, self, ((ReadOnlySpan<PyObject>)b)[..(args.Length + 1)]);
        }
        if (f is PyFunction || !f.IsDescriptor)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            if (f is PyFunction fn) return EvalLoop.CallFunction(ThreadState.Current, fn, all, kwnames);
            return f.Call(all.AsSpan(1), kwnames);
        }
        return f.DescrGet(self, self.Type).Call(args, kwnames);
    }

    // ---- result checks ---------------------------------------------------------------------------------

    public static string ReprOf(PyObject f, PyObject self) => Call0(f, self) is PyStr s ? s.Value
        : throw PyErr.TypeError($"__repr__ returned non-string (type {Call0Type(f, self)})");

    public static string StrOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        return r is PyStr s ? s.Value : throw PyErr.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    private static string Call0Type(PyObject f, PyObject self) => Call0(f, self).Type.Name;

    public static long LengthOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        var i = r.Index() ?? throw PyErr.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
        if (i.Sign < 0) throw PyErr.ValueError("__len__() should return >= 0");
        if (!i.IsSmall) throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Value;
    }

    public static long HashOf(PyObject self, TypeSlots s)
    {
        if (s.Hash is null or PyNone) throw PyErr.TypeError($"unhashable type: '{self.Type.Name}'");
        var r = Call0(s.Hash, self);
        if (r is not PyInt i) throw PyErr.TypeError("__hash__ method should return an integer");
        // A Python __hash__ may return any int: reduce it as int.__hash__ does, then avoid -1.
        long h = i.IsSmall ? i.Value : PyInt.From(i.ToBigInteger()).Hash();
        if (i.IsSmall && h != -1) return h;
        return h == -1 ? -2 : h;
    }

    /// <summary>nb_bool / sq_length truth, or <paramref name="fallback"/> when neither is Python code.</summary>
    public static bool TruthOf(PyObject self, TypeSlots s, Func<PyObject, bool> fallback)
    {
        if (s.Bool is { } b)
        {
            var r = Call0(b, self);
            if (r is PyBool pb) return ReferenceEquals(pb, PyBool.True);
            throw PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        if (s.Len is { } l) return LengthOf(l, self) != 0;
        return fallback(self);
    }

    public static bool BoolOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        if (r is PyBool pb) return ReferenceEquals(pb, PyBool.True);
        throw PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
    }

    public static PyObject IterOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        if (!IsIterator(r)) throw PyErr.TypeError($"iter() returned non-iterator of type '{r.Type.Name}'");
        return r;
    }

    /// <summary>PyIter_Check: the object has a __next__ (tp_iternext).</summary>
    public static bool IsIterator(PyObject o)
    {
        if (o is PyIteratorBase) return true;
        if (o.Type.IsHeapType) return o.Type.Slots.Next is not null || o.Type.LookupMro(PyStr.Intern("__next__")) is not null;
        return o.Type.LookupMro(PyStr.Intern("__next__")) is not null;
    }

    /// <summary>tp_iternext of a Python iterator: StopIteration becomes the null "exhausted" result.</summary>
    public static PyObject? NextOf(PyObject f, PyObject self)
    {
        try { return Call0(f, self); }
        catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.StopIteration)) { return null; }
    }

    public static PyObject RichCompare(PyObject self, TypeSlots s, PyObject other, CompareOp op,
        Func<PyObject, PyObject, CompareOp, PyObject> fallback)
    {
        var f = s.Compare(op);
        if (f is not null) return Call1(f, self, other);
        if (op == CompareOp.Ne && s.NeInvertsEq) return InvertEq(s.Eq!, self, other);
        return fallback(self, other, op);
    }

    /// <summary>object.__ne__: the inverse of __eq__ unless that returned NotImplemented.</summary>
    public static PyObject InvertEq(PyObject eq, PyObject self, PyObject other)
    {
        var r = Call1(eq, self, other);
        if (ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        return Ops.IsTrue(r) ? PyBool.False : PyBool.True;
    }

    public static PyInt IndexOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        if (r is PyInt i) return i.GetType() == typeof(PyInt) || r is PyBool ? i : PyInt.From(i.ToBigInteger());
        throw PyErr.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    public static PyObject IntOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        if (r is PyInt) return r;
        throw PyErr.TypeError($"__int__ returned non-int (type {r.Type.Name})");
    }

    public static PyObject FloatOf(PyObject f, PyObject self)
    {
        var r = Call0(f, self);
        if (r is PyFloat) return r;
        throw PyErr.TypeError($"{self.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
    }

    public static string FormatOf(PyObject f, PyObject self, string spec)
    {
        var r = Call1(f, self, PyStr.From(spec));
        return r is PyStr s ? s.Value : throw PyErr.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    public static void SetAttrHook(PyObject hook, PyObject self, PyStr name, PyObject? value)
    {
        if (value is null) Call1(hook, self, name);
        else Call2(hook, self, name, value);
    }

    public static PyObject DescrGetOf(PyObject f, PyObject self, PyObject? instance, PyType owner) =>
        Call2(f, self, instance ?? Py.None, owner);

    public static void DescrSetOf(TypeSlots s, PyObject self, PyObject instance, PyObject? value)
    {
        if (value is null)
        {
            if (s.Delete is null) throw PyErr.AttributeError("__delete__");
            Call1(s.Delete, self, instance);
        }
        else
        {
            if (s.Set is null) throw PyErr.AttributeError("__set__");
            Call2(s.Set, self, instance, value);
        }
    }
}
