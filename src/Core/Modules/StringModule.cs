// The string module's constants and capwords (Template and Formatter belong to a Python string.py).
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class StringModule
{
    private static readonly string[] s_capwordsNames = ["s", "sep"];

    public static PyModule Create()
    {
        var m = new PyModule("string");
        const string lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string digits = "0123456789", punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        const string whitespace = " \t\n\r\v\f";
        m.Add("whitespace", PyStr.From(whitespace));
        m.Add("ascii_lowercase", PyStr.From(lower));
        m.Add("ascii_uppercase", PyStr.From(upper));
        m.Add("ascii_letters", PyStr.From(lower + upper));
        m.Add("digits", PyStr.From(digits));
        m.Add("hexdigits", PyStr.From(digits + "abcdef" + "ABCDEF"));
        m.Add("octdigits", PyStr.From("01234567"));
        m.Add("punctuation", PyStr.From(punctuation));
        m.Add("printable", PyStr.From(digits + lower + upper + punctuation + whitespace));
        m.AddFunction("capwords", static (a, k) =>
        {
            var b = FuncArgs.Bind("capwords", a, k, s_capwordsNames, 2, 1);
            var s = b[0]!;
            var sep = b[1] ?? Py.None;
            var words = Ops.CallMethod(s, "split", sep);
            var parts = Ops.ToClrList(words);
            for (int i = 0; i < parts.Count; i++) parts[i] = Ops.CallMethod(parts[i], "capitalize");
            var joiner = Ops.IsTrue(sep) ? sep : PyStr.From(" ");
            return Ops.CallMethod(joiner, "join", new PyList(parts.ToArray()));
        });
        m.Add("__all__", new PyList([
            PyStr.From("ascii_letters"), PyStr.From("ascii_lowercase"), PyStr.From("ascii_uppercase"), PyStr.From("capwords"),
            PyStr.From("digits"), PyStr.From("hexdigits"), PyStr.From("octdigits"), PyStr.From("printable"),
            PyStr.From("punctuation"), PyStr.From("whitespace")]));
        return m;
    }
}
