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

    public static PyObject D(params PyObject[] kv)
    {
        var d = new PyDict();
        for (int i = 0; i < kv.Length; i += 2) d.SetItem(kv[i], kv[i + 1]);
        return d;
    }

    /// <summary>Applies a call from an oracle table: the repr of the result, or "!Type: message".</summary>
    public static string Outcome(PyObject recv, string method, PyObject[] args)
    {
        try
        {
            PyObject r = method switch
            {
                "__repr__" => PyStr.From(recv.Repr()),
                "__len__" => PyInt.From(recv.Length()),
                "__getitem__" => recv.GetItem(args[0]),
                "__contains__" => Py.Bool(recv.Contains(args[0])),
                "__add__" => Ops.BinaryOp(recv, args[0], BinaryOp.Add),
                "__mul__" => Ops.BinaryOp(recv, args[0], BinaryOp.Multiply),
                _ => Ops.CallMethod(recv, method, args),
            };
            return method == "__repr__" ? ((PyStr)r).Value : r.Repr();
        }
        catch (PyException e)
        {
            return "!" + e.Value.Type.Name + ": " + e.Value.Str();
        }
    }
}
