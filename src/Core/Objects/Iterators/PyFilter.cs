// filter(function or None, iterable): the items for which function(item) (or the item itself) is true.
namespace GilRuntime.Core.Objects;

public sealed class PyFilter : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("filter", typeof(PyFilter), NewFilter);

    private readonly PyObject? _func;
    private readonly PyObject _it;

    public PyFilter(PyObject? func, PyObject iterable) { _func = func is PyNone ? null : func; _it = iterable.Iter(); }

    private static PyObject NewFilter(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("filter", kw);
        if (args.Length != 2) throw PyErr.TypeError($"filter expected 2 arguments, got {args.Length}");
        return new PyFilter(args[0], args[1]);
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        while (true)
        {
            var item = _it.Next();
            if (item is null) return null;
            bool ok = _func is null
                ? Ops.IsTrue(item)
                : (_func is PyType t && ReferenceEquals(t, PyBool.TypeObject)) ? Ops.IsTrue(item)
                : Ops.IsTrue(_func.Call(new ReadOnlySpan<PyObject>(in item), null));
            if (ok) return item;
        }
    }
}
