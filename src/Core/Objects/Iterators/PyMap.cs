// map(function, *iterables): calls function with one item from each iterable, stopping at the shortest.
namespace GilRuntime.Core.Objects;

public sealed class PyMap : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("map", typeof(PyMap), NewMap);

    private readonly PyObject _func;
    private readonly PyObject[] _its;
    private readonly PyObject[] _args;

    public PyMap(PyObject func, PyObject[] iterators) { _func = func; _its = iterators; _args = new PyObject[iterators.Length]; }

    private static PyObject NewMap(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("map", kw);
        if (args.Length < 2) throw PyErr.TypeError("map() must have at least two arguments.");
        var its = new PyObject[args.Length - 1];
        for (int i = 1; i < args.Length; i++) its[i - 1] = args[i].Iter();
        return new PyMap(args[0], its);
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        // A fresh argument array per call: the callee may keep a reference to its arguments.
        var a = _its.Length == 1 ? _args : new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var item = _its[i].Next();
            if (item is null) return null;
            a[i] = item;
        }
        var r = _func.Call(a, null);
        if (ReferenceEquals(a, _args)) a[0] = null!;
        return r;
    }
}
