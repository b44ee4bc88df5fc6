// Small constructors used by the generated oracle tables.
namespace GilRuntime.Unit.Objects.Text;

using System.Numerics;
using GilRuntime.Core.Objects;

internal static class OracleValues
{
    public static PyObject S(string s) => PyStr.From(s);
    public static PyObject I(long v) => PyInt.From(v);
    public static PyObject BigI(string v) => PyInt.From(BigInteger.Parse(v));
    public static PyObject B(string latin1) => PyBytes.From(System.Text.Encoding.Latin1.GetBytes(latin1));
    public static PyObject BA(string latin1) => new PyByteArray(System.Text.Encoding.Latin1.GetBytes(latin1));
    public static PyObject T(params PyObject[] items) => PyTuple.Create(items);
    public static PyObject L(params PyObject[] items) => new PyList(items);

    public static PyObject FL(double v) => new PyFloat(v);
    public static PyObject R(PyObject a, PyObject b, PyObject c) => new PyRange((PyInt)a, (PyInt)b, (PyInt)c);
    public static PyObject SL(PyObject a, PyObject b, PyObject c) => new PySlice(a, b, c);

    public static PyObject ST(params PyObject[] items)
    {
        var s = new PySet();
        foreach (var x in items) s.Add(x);
        return s;
    }

    public static PyObject KV(PyObject dict) => Ops.CallMethod(dict, "keys");

    public static PyObject FS(params PyObject[] items) => PyFrozenSet.From(new PyList(items));

    /// <summary>The few callables the oracle tables pass as key functions.</summary>
    public static PyObject F(string name) => name switch
    {
        "abs" => new PyBuiltinFunction("abs", static (a, k) => a[0].Absolute()),
        "len" => new PyBuiltinFunction("len", static (a, k) => PyInt.From(a[0].Length())),
        "lower" => new PyBuiltinFunction("lower", static (a, k) => Ops.CallMethod(a[0], "lower")),
        _ => throw new ArgumentException(name),
    };

    public static PyObject D(params PyObject[] kv)
    {
        var d = new PyDict();
        for (int i = 0; i < kv.Length; i += 2) d.SetItem(kv[i], kv[i + 1]);
        return d;
    }

    /// <summary>"keys:|" is d.keys() | x, "rkey:|" is x | d.keys(), "item:&" is d.items() & x.</summary>
    private static PyObject ViewOp(PyObject d, string method, PyObject other)
    {
        var view = Ops.CallMethod(d, method.StartsWith("item") ? "items" : "keys");
        var op = method[5..];
        if (op == "==") return Ops.RichCompare(view, other, CompareOp.Eq);
        if (op == "<") return Ops.RichCompare(view, other, CompareOp.Lt);
        var bop = op switch { "|" => BinaryOp.Or, "&" => BinaryOp.And, "-" => BinaryOp.Subtract, _ => BinaryOp.Xor };
        return method.StartsWith("rkey") ? Ops.BinaryOp(other, view, bop) : Ops.BinaryOp(view, other, bop);
    }

    private static PyObject Do(Action a) { a(); return Py.None; }

    /// <summary>Applies a call from an oracle table: the repr of the result, or "!Type: message".</summary>
    public static string Outcome(PyObject recv, string method, PyObject[] args, string[]? kwnames = null)
    {
        try
        {
            var kw = kwnames is null || kwnames.Length == 0 ? null : new PyTuple(kwnames.Select(n => (PyObject)PyStr.Intern(n)).ToArray());
            PyObject r = method switch
            {
                "__setitem__" => Do(() => recv.SetItem(args[0], args[1])),
                "__delitem__" => Do(() => recv.DelItem(args[0])),
                "__hash__" => PyInt.From(recv.Hash()),
                "__iadd__" => Ops.InplaceOp(recv, args[0], BinaryOp.Add),
                "__imul__" => Ops.InplaceOp(recv, args[0], BinaryOp.Multiply),
                "__ior__" => Ops.InplaceOp(recv, args[0], BinaryOp.Or),
                "__iand__" => Ops.InplaceOp(recv, args[0], BinaryOp.And),
                "__isub__" => Ops.InplaceOp(recv, args[0], BinaryOp.Subtract),
                "__ixor__" => Ops.InplaceOp(recv, args[0], BinaryOp.Xor),
                "__or__" => Ops.BinaryOp(recv, args[0], BinaryOp.Or),
                "__and__" => Ops.BinaryOp(recv, args[0], BinaryOp.And),
                "__sub__" => Ops.BinaryOp(recv, args[0], BinaryOp.Subtract),
                "__xor__" => Ops.BinaryOp(recv, args[0], BinaryOp.Xor),
                "__eq__" => Ops.RichCompare(recv, args[0], CompareOp.Eq),
                "__ne__" => Ops.RichCompare(recv, args[0], CompareOp.Ne),
                "__lt__" => Ops.RichCompare(recv, args[0], CompareOp.Lt),
                "__le__" => Ops.RichCompare(recv, args[0], CompareOp.Le),
                "__gt__" => Ops.RichCompare(recv, args[0], CompareOp.Gt),
                "__ge__" => Ops.RichCompare(recv, args[0], CompareOp.Ge),
                "list" => new PyList(Ops.ToClrList(recv).ToArray()),
                _ when method.Length > 5 && method[4] == ':' => ViewOp(recv, method, args[0]),
                "reversed" => new PyList(Ops.ToClrList(PyReversed.TypeObject.Call([recv], null)).ToArray()),
                "__repr__" => PyStr.From(recv.Repr()),
                "__len__" => PyInt.From(recv.Length()),
                "__getitem__" => recv.GetItem(args[0]),
                "__contains__" => Py.Bool(recv.Contains(args[0])),
                "__add__" => Ops.BinaryOp(recv, args[0], BinaryOp.Add),
                "__mul__" => Ops.BinaryOp(recv, args[0], BinaryOp.Multiply),
                _ => Ops.GetAttr(recv, method).Call(args, kw),
            };
            var res = method == "__repr__" ? ((PyStr)r).Value : r.Repr();
            if (kwnames is not null && recv is PyList or PyDict or PySet && recv is not PyFrozenSet) res += " | " + recv.Repr();
            return res;
        }
        catch (PyException e)
        {
            // KeyError.__str__ shows repr(key); that override belongs to the exception types, not to these
            // containers, so it is applied here to compare the key the containers raise with.
            var v = e.Value;
            var text = v.Type.Name == "KeyError" && v.Args.Count == 1 ? v.Args[0].Repr() : v.Str();
            return "!" + v.Type.Name + ": " + text;
        }
    }
}
