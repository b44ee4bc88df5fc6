// A parsed replacement template (CPython's re._parser.parse_template): literal pieces and group
// references (\1, \g<1>, \g<name>, \g<0>), with the escapes and errors of Python's templates.
// A group that did not take part in the match expands to the empty string.
namespace GilRuntime.Core.Modules.Re;

using System.Text;
using GilRuntime.Core.Objects;

internal sealed class ReTemplate
{
    // Each piece is a literal (Group < 0) or a group reference.
    private readonly List<(string? Literal, int Group)> _pieces = [];

    /// <summary>The whole template when it contains no group reference.</summary>
    public string? LiteralOnly { get; private set; }

    public static ReTemplate Parse(string source, PyObject sourceObj, bool isText, PyPattern pattern)
    {
        var t = new ReTemplate();
        var lit = new StringBuilder();
        int i = 0;
        PyStr? srcStr = sourceObj as PyStr;
        int CpPos(int utf16) => srcStr is null ? utf16 : srcStr.Utf16ToCp(utf16);
        PyException Err(string msg, int posUtf16) => ReModule.MakeError(msg, sourceObj, CpPos(posUtf16));

        void AddGroup(int index, int errPos)
        {
            if (index > pattern.Groups) throw Err($"invalid group reference {index}", errPos);
            if (lit.Length > 0) { t._pieces.Add((lit.ToString(), -1)); lit.Clear(); }
            t._pieces.Add((null, index));
        }

        while (i < source.Length)
        {
            char c = source[i];
            if (c != '\\') { lit.Append(c); i++; continue; }
            if (i + 1 >= source.Length)
                throw ReModule.MakeError("bad escape (end of pattern)", sourceObj, CpPos(source.Length) - 1);
            char e = source[i + 1];
            int escStart = i;
            i += 2;
            if (e == 'g')
            {
                if (i >= source.Length || source[i] != '<') throw Err("missing <", i);
                i++;
                int nameStart = i;
                int close = source.IndexOf('>', i);
                if (close < 0)
                {
                    if (i >= source.Length) throw Err("missing group name", i);
                    throw Err("missing >, unterminated name", nameStart);
                }
                var name = source.Substring(nameStart, close - nameStart);
                if (name.Length == 0) throw Err("missing group name", close);
                i = close + 1;
                int index;
                if (RegexTranslator.IsIdentifier(name))
                {
                    if (!pattern.GroupIndexMap.TryGetValue(name, out index))
                        throw PyErr.IndexError($"unknown group name {PyStr.ReprOf(name)}");
                }
                else
                {
                    if (!int.TryParse(name, System.Globalization.NumberStyles.None, null, out index))
                        throw Err($"bad character in group name {PyStr.ReprOf(name)}", nameStart);
                    if (index >= 100) throw Err($"invalid group reference {index}", nameStart);
                }
                AddGroup(index, nameStart);
            }
            else if (e == '0')
            {
                int v = 0, n = 0;
                while (n < 2 && i < source.Length && source[i] >= '0' && source[i] <= '7') { v = v * 8 + (source[i] - '0'); i++; n++; }
                lit.Append((char)(v & 0xff));
            }
            else if (e >= '1' && e <= '9')
            {
                int digitsStart = escStart + 1;
                bool octal = false;
                if (i < source.Length && char.IsAsciiDigit(source[i]))
                {
                    i++;
                    if (e <= '7' && source[i - 1] <= '7' && i < source.Length && source[i] >= '0' && source[i] <= '7')
                    {
                        i++;
                        int v = Convert.ToInt32(source.Substring(digitsStart, 3), 8);
                        if (v > 255) throw Err($"octal escape value \\{source.Substring(digitsStart, 3)} outside of range 0-0o377", escStart);
                        lit.Append((char)v);
                        octal = true;
                    }
                }
                if (!octal) AddGroup(int.Parse(source.AsSpan(digitsStart, i - digitsStart)), digitsStart);
            }
            else
            {
                switch (e)
                {
                    case 'a': lit.Append('\a'); break;
                    case 'b': lit.Append('\b'); break;
                    case 'f': lit.Append('\f'); break;
                    case 'n': lit.Append('\n'); break;
                    case 'r': lit.Append('\r'); break;
                    case 't': lit.Append('\t'); break;
                    case 'v': lit.Append('\v'); break;
                    case '\\': lit.Append('\\'); break;
                    default:
                        if (char.IsAsciiLetter(e)) throw Err($"bad escape \\{e}", escStart);
                        lit.Append('\\').Append(e);
                        break;
                }
            }
        }
        if (lit.Length > 0) t._pieces.Add((lit.ToString(), -1));
        bool anyGroup = false;
        foreach (var p in t._pieces) if (p.Group >= 0) anyGroup = true;
        if (!anyGroup) t.LiteralOnly = t._pieces.Count == 0 ? "" : t._pieces[0].Literal;
        return t;
    }

    public void AppendTo(StringBuilder sb, PyMatch m)
    {
        var text = m.Subject.Text;
        foreach (var (literal, group) in _pieces)
        {
            if (group < 0) { sb.Append(literal); continue; }
            int s = m.Utf16Start(group);
            if (s >= 0) sb.Append(text, s, m.Utf16End(group) - s);
        }
    }
}
