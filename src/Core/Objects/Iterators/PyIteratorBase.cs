// The shared shape of builtin iterator objects: Iter() returns the iterator itself, Next() returns the
// next item or null at the end (no StopIteration on the hot path), and __iter__/__next__ are exposed
// in the type dict for Python code that calls them explicitly.
namespace GilRuntime.Core.Objects;

public abstract class PyIteratorBase : PyObject
{
    public override PyObject Iter() => this;

    /// <summary>Registers __iter__ and __next__ (raising StopIteration at the end) on an iterator type.</summary>
    public static PyType Register(PyType t)
    {
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self; });
        t.AddMethod("__next__", static (self, args, kw) =>
        {
            SeqUtil.NoArgs("__next__", args, kw);
            return self.Next() ?? throw PyErr.StopIteration();
        });
        return t;
    }

    /// <summary>A builtin iterator type named as CPython names it.</summary>
    public static PyType MakeType(string name, Type clrType, TypeNew? @new = null) =>
        Register(PyType.Builtin(name, clrType, null, @new));
}
