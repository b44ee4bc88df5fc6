// str: an immutable sequence of code points, held as a .NET string.
namespace GilRuntime.Core.Objects;

using System.Collections.Concurrent;

public sealed class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str", typeof(PyStr));
    public static readonly PyStr Empty = new("");

    private static readonly ConcurrentDictionary<string, PyStr> s_interned = new();

    public string Value { get; }

    private PyStr(string value) { Value = value; }

    public static PyStr From(string s) => s.Length == 0 ? Empty : new PyStr(s);

    /// <summary>sys.intern: one PyStr per distinct string (identifiers, attribute names).</summary>
    public static PyStr Intern(string s) => s_interned.GetOrAdd(s, static k => new PyStr(k));

    public override PyType Type => TypeObject;
    public override string Str() => Value;
    public override string Repr() => "'" + Value + "'";
    public override bool IsTrue() => Value.Length != 0;
    public override long Hash() => Value.GetHashCode();
    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        other is PyStr s && op == CompareOp.Eq ? Py.Bool(Value == s.Value) : Py.NotImplemented;
}
