// zip(*iterables, strict=False), with 3.10's strict-mode length checks and messages.
namespace GilRuntime.Core.Objects;

public sealed class PyZip : PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("zip", typeof(PyZip), NewZip);

    private PyObject[]? _its;
    private readonly bool _strict;

    public PyZip(PyObject[] iterators, bool strict) { _its = iterators; _strict = strict; }

    private static PyObject NewZip(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = SeqUtil.PosCount(args, kw);
        bool strict = false;
        if (kw is not null)
        {
            for (int i = 0; i < kw.Count; i++)
            {
                var name = ((PyStr)kw[i]).Value;
                if (name != "strict") throw PyErr.TypeError($"zip() got an unexpected keyword argument '{name}'");
                strict = Ops.IsTrue(args[npos + i]);
            }
        }
        var its = new PyObject[npos];
        for (int i = 0; i < npos; i++) its[i] = args[i].Iter();
        return new PyZip(its, strict);
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var its = _its;
        if (its is null || its.Length == 0) return null;
        var result = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var item = its[i].Next();
            if (item is null)
            {
                _its = null;
                if (_strict) CheckStrict(its, i);
                return null;
            }
            result[i] = item;
        }
        return new PyTuple(result);
    }

    private static void CheckStrict(PyObject[] its, int exhausted)
    {
        if (exhausted > 0)
        {
            string plural = exhausted == 1 ? " " : "s 1-";
            throw PyErr.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
        }
        for (int i = 1; i < its.Length; i++)
        {
            if (its[i].Next() is not null)
            {
                string plural = i == 1 ? " " : "s 1-";
                throw PyErr.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
            }
        }
    }
}
