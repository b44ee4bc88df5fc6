// Loads the CPython-generated tables in tests/Unit/Objects/Data (see gen_numbers.py there).
namespace GilRuntime.Unit.Objects.Numbers;

using System.Globalization;
using System.Text;
using GilRuntime.Core.Objects;

internal static class OracleData
{
    // Workaround: the object model's static constructors form a cycle (PyStr -> PyType -> PyDict ->
    // PyStr.Intern) that fails when PyStr or a number type is touched before PyType; reported to the
    // integrator. Touching PyType first keeps these tests independent of test order.
    static OracleData() => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(PyType).TypeHandle);

    public static void EnsureRuntime() { }

    public static string[] Lines(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Objects", "Data", name));

    public static double Bits(string hex) =>
        BitConverter.Int64BitsToDouble((long)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <summary>str(exc); a KeyError shows the repr of its key, as CPython's KeyError_str does.</summary>
    public static string Message(PyException e) =>
        e.Value.Type.Name == "KeyError" && e.Value.Args.Count == 1 ? Ops.Repr(e.Value.Args[0]) : e.Value.Str();

    /// <summary>Decodes a value written by gen_strformat.enc.</summary>
    public static PyObject Decode(System.Text.Json.JsonElement e)
    {
        var p = e.EnumerateObject().First();
        var v = p.Value;
        switch (p.Name)
        {
            case "i": return PyInt.From(System.Numerics.BigInteger.Parse(v.GetString()!));
            case "b": return Py.Bool(v.GetBoolean());
            case "f": return new PyFloat(Bits(v.GetString()!));
            case "c": return new PyComplex(Bits(v[0].GetString()!), Bits(v[1].GetString()!));
            case "s": return PyStr.From(v.GetString()!);
            case "n": return Py.None;
            case "y": return PyBytes.From(Convert.FromHexString(v.GetString()!));
            case "t": return new PyTuple(v.EnumerateArray().Select(Decode).ToArray());
            case "l": return new PyList(v.EnumerateArray().Select(Decode).ToArray());
            default:
                var d = new PyDict();
                foreach (var kv in v.EnumerateArray()) d.SetItem(Decode(kv[0]), Decode(kv[1]));
                return d;
        }
    }

    /// <summary>Reverses Python's unicode_escape encoding.</summary>
    public static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            char c = s[++i];
            switch (c)
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case '\\': sb.Append('\\'); break;
                case 'x': sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 2), 16)); i += 2; break;
                case 'u': sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16)); i += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(Convert.ToInt32(s.Substring(i + 1, 8), 16))); i += 8; break;
                default: sb.Append('\\').Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Python's unicode_escape encoding (with tabs escaped), to compare against the tables.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (ch < 32 || (ch >= 127 && ch < 256)) sb.Append("\\x").Append(((int)ch).ToString("x2"));
                    else if (ch >= 256) sb.Append("\\u").Append(((int)ch).ToString("x4"));
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>"OK:text" or "ERR:Type:message" for running <paramref name="f"/>.</summary>
    public static string Outcome(Func<string> f)
    {
        try { return "OK:" + f(); }
        catch (PyException e) { return $"ERR:{e.Value.Type.Name}:{Message(e)}"; }
    }
}
