// enumerate(iterable, start=0): pairs (count, item); the count stays a long until it overflows.
namespace GilRuntime.Core.Objects;

using System.Numerics;

public sealed class PyEnumerate : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("enumerate", typeof(PyEnumerate), NewEnumerate);
    private static readonly string[] s_names = ["iterable", "start"];

    private readonly PyObject _it;
    private long _count;
    private BigInteger? _bigCount;

    public PyEnumerate(PyObject iterable, PyInt? start = null)
    {
        _it = iterable.Iter();
        if (start is null) return;
        if (start.IsSmall) _count = start.Value; else _bigCount = start.ToBigInteger();
    }

    private static PyObject NewEnumerate(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("enumerate", args, kw, s_names, 1);
        return new PyEnumerate(a[0]!, a[1] is null ? null : Ops.Index(a[1]!));
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var item = _it.Next();
        if (item is null) return null;
        PyObject idx;
        if (_bigCount is null)
        {
            idx = PyInt.From(_count);
            if (_count == long.MaxValue) _bigCount = (BigInteger)long.MaxValue + 1; else _count++;
        }
        else
        {
            idx = PyInt.From(_bigCount.Value);
            _bigCount += 1;
        }
        return new PyTuple([idx, item]);
    }
}
