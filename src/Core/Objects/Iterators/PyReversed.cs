// reversed(seq): __reversed__ when the type has one (list, range, dict and its views, user classes),
// else the sequence protocol (__len__ + __getitem__) walked from the end.
namespace GilRuntime.Core.Objects;

public sealed class PyReversed : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("reversed", typeof(PyReversed), NewReversed);

    private PyObject? _seq;
    private long _index;

    public PyReversed(PyObject seq, long length) { _seq = seq; _index = length - 1; }

    /// <summary>reversed(o) as the builtin does it.</summary>
    public static PyObject Create(PyObject o)
    {
        switch (o)
        {
            case PyList l: return new PyListReverseIterator(l);
            case PyRange r: return r.Reversed();
            case PyDict d: return new PyDictReverseIterator(d, PyDictIterator.Kind.Keys);
            case PyDictView v: return v.Reversed();
            case PyTuple or PyStr or PyBytes or PyByteArray: return new PyReversed(o, o.Length());
        }
        var rev = o.Type.LookupMro(PyStr.Intern("__reversed__"));
        if (rev is not null)
        {
            if (rev is PyNone) throw NotReversible(o);
            return Ops.CallMethod(o, "__reversed__");
        }
        if (o is PySet || o.Type.LookupMro(PyStr.Intern("__getitem__")) is null
            || (o.Type.LookupMro(PyStr.Intern("__len__")) is null && !o.HasLength))
            throw NotReversible(o);
        return new PyReversed(o, o.Length());
    }

    private static PyException NotReversible(PyObject o) => PyErr.TypeError($"'{o.Type.Name}' object is not reversible");

    private static PyObject NewReversed(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("reversed", kw);
        if (args.Length != 1) throw PyErr.TypeError($"reversed expected 1 argument, got {args.Length}");
        return Create(args[0]);
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var s = _seq;
        if (s is null) return null;
        if (_index >= 0)
        {
            try
            {
                var r = s.GetItem(PyInt.From(_index));
                _index--;
                return r;
            }
            catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.IndexError) || e.Value.Type.IsSubtype(ExceptionTypes.StopIteration))
            {
            }
        }
        _seq = null;
        return null;
    }
}
