namespace GilRuntime.Unit.Objects.Numbers;

using System.Numerics;
using GilRuntime.Core.Modules;
using GilRuntime.Core.Objects;
using Xunit;

/// <summary>Operators, conversions and round() on int/bool/float/complex against CPython's table (ops_cases.txt).</summary>
public class NumberOpsOracleTests
{
    private static PyObject Decode(string s)
    {
        string body = s[2..];
        return s[0] switch
        {
            'i' => PyInt.From(BigInteger.Parse(body)),
            'b' => Py.Bool(body == "True"),
            'f' => new PyFloat(OracleData.Bits(body)),
            'c' => new PyComplex(OracleData.Bits(body.Split(',')[0]), OracleData.Bits(body.Split(',')[1])),
            's' => PyStr.From(OracleData.Unescape(body)),
            _ => Py.None,
        };
    }

    private static readonly Dictionary<string, BinaryOp> s_binary = new()
    {
        ["+"] = BinaryOp.Add, ["-"] = BinaryOp.Subtract, ["*"] = BinaryOp.Multiply, ["/"] = BinaryOp.TrueDivide,
        ["//"] = BinaryOp.FloorDivide, ["%"] = BinaryOp.Remainder, ["**"] = BinaryOp.Power, ["<<"] = BinaryOp.LShift,
        [">>"] = BinaryOp.RShift, ["&"] = BinaryOp.And, ["|"] = BinaryOp.Or, ["^"] = BinaryOp.Xor,
    };

    private static readonly Dictionary<string, CompareOp> s_compare = new()
    {
        ["<"] = CompareOp.Lt, ["<="] = CompareOp.Le, ["=="] = CompareOp.Eq, ["!="] = CompareOp.Ne, [">"] = CompareOp.Gt, [">="] = CompareOp.Ge,
    };

    private static readonly PyObject s_trunc = MathModule.Create().Dict.GetItem(PyStr.From("trunc"));

    private static string Outcome(Func<PyObject> f)
    {
        try
        {
            var r = f();
            return $"OK:{r.Type.Name}:{OracleData.Escape(Ops.Repr(r))}";
        }
        catch (PyException e) { return $"ERR:{e.Value.Type.Name}:{OracleData.Escape(OracleData.Message(e))}"; }
    }

    private static PyObject Run(string op, string sa, string sb)
    {
        var a = Decode(sa);
        if (s_binary.TryGetValue(op, out var bop)) return Ops.BinaryOp(a, Decode(sb), bop);
        if (s_compare.TryGetValue(op, out var cop)) return Ops.RichCompare(a, Decode(sb), cop);
        switch (op)
        {
            case "divmod":
            {
                var b = Decode(sb);
                var r = NumberOps.DivMod(a, b);
                if (r is PyNotImplemented) throw PyErr.UnsupportedOperands("divmod()", a, b);
                return r;
            }
            case "neg": return a.Negative();
            case "pos": return a.Positive();
            case "abs": return a.Absolute();
            case "invert": return a.Invert();
            case "hash": return PyInt.From(a.Hash());
            case "bool": return Py.Bool(Ops.IsTrue(a));
            case "repr": return PyStr.From(a.Repr());
            case "str": return PyStr.From(a.Str());
            case "int": return PyInt.TypeObject.Call([a], null);
            case "float": return PyFloat.TypeObject.Call([a], null);
            case "complex": return PyComplex.TypeObject.Call([a], null);
            case "round": return NumberRound.Round(a, null);
            case "trunc": return s_trunc.Call([a], null);
            case "round2": return NumberRound.Round(a, Decode(sb));
            case "intbase": return PyInt.TypeObject.Call([a, Decode(sb)], null);
            case "pow3":
            {
                var parts = sb.Split(';');
                return a.TernaryPower(Decode(parts[0]), Decode(parts[1]));
            }
        }
        throw new InvalidOperationException(op);
    }

    [Fact]
    public void OperatorTableMatchesCPython()
    {
        var failures = new List<string>();
        var lines = OracleData.Lines("ops_cases.txt");
        Assert.True(lines.Length > 29000);
        foreach (var line in lines)
        {
            var p = line.Split('\t');
            string got = Outcome(() => Run(p[0], p[1], p[2]));
            if (got != p[3]) failures.Add($"{p[0]} {Short(p[1])} {Short(p[2])}: expected [{Short(p[3])}] got [{Short(got)}]");
        }
        Assert.True(failures.Count == 0, failures.Count + " failures\n" + string.Join("\n", failures.Take(60)));
    }

    private static string Short(string s) => s.Length > 120 ? s[..120] + "..." : s;
}
