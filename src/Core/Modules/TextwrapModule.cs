// The textwrap module's functions (CPython's Lib/textwrap.py): wrap, fill, shorten, dedent, indent.
// Wrapping follows TextWrapper's algorithm: whitespace is munged (tabs expanded, whitespace turned
// into spaces), the text is split into chunks (runs of whitespace, words, and word pieces ending in a
// breakable hyphen or before an em-dash), and chunks are packed greedily into lines, long words being
// broken when they do not fit and max_lines truncation appending the placeholder.
namespace GilRuntime.Core.Modules;

using System.Text;
using System.Text.RegularExpressions;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class TextwrapModule
{
    private const string Ws = "[\\t\\n\\x0b\\x0c\\r ]";
    private const string NotWs = "[^\\t\\n\\x0b\\x0c\\r ]";
    private const string WordPunct = "[\\p{L}\\p{N}_!\"'&.,?]";
    private const string Letter = "[\\p{L}\\p{Nl}\\p{No}_]";
    private const string WordChar = "[\\p{L}\\p{N}_]";

    // A chunk: whitespace; an em-dash between words; or the shortest run of non-space characters that
    // ends at a breakable hyphen (letters on both sides), before whitespace or the end, or before an
    // em-dash that follows word punctuation.
    private static readonly Regex s_chunks = new(
        "(" + Ws + "+"
        + "|(?<=" + WordPunct + ")-{2,}(?=" + WordChar + ")"
        + "|" + NotWs + "+?(?:"
        + "-(?:(?<=" + Letter + "{2}-)|(?<=" + Letter + "-" + Letter + "-))(?=" + Letter + "-?" + Letter + ")"
        + "|(?=" + Ws + "|\\z)"
        + "|(?<=" + WordPunct + ")(?=-{2,}" + WordChar + ")"
        + "))",
        RegexOptions.CultureInvariant);
    private static readonly Regex s_simpleChunks = new("(" + Ws + "+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_sentenceEnd = new("[a-z][.!?][\"']?\\z", RegexOptions.CultureInvariant);

    /// <summary>The options of a TextWrapper.</summary>
    private sealed class Options
    {
        public int Width = 70;
        public string InitialIndent = "";
        public string SubsequentIndent = "";
        public bool ExpandTabs = true;
        public bool ReplaceWhitespace = true;
        public bool FixSentenceEndings;
        public bool BreakLongWords = true;
        public bool DropWhitespace = true;
        public bool BreakOnHyphens = true;
        public int TabSize = 8;
        public int? MaxLines;
        public string Placeholder = " [...]";
    }

    public static PyModule Create()
    {
        var m = new PyModule("textwrap");
        m.AddFunction("wrap", static (a, k) =>
        {
            var (text, o) = Parse("wrap", a, k);
            var list = new PyList();
            foreach (var line in Wrap(text, o)) list.Append(PyStr.From(line));
            return list;
        });
        m.AddFunction("fill", static (a, k) =>
        {
            var (text, o) = Parse("fill", a, k);
            return PyStr.From(string.Join("\n", Wrap(text, o)));
        });
        m.AddFunction("shorten", static (a, k) =>
        {
            var (text, o) = Parse("shorten", a, k, widthRequired: true);
            o.MaxLines = 1;
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return PyStr.From(string.Join("\n", Wrap(string.Join(" ", words), o)));
        });
        m.AddFunction("dedent", static (a, k) =>
        {
            var p = ArgParser.Bind("dedent", a, k, ["text"], 1);
            if (p[0] is not PyStr s) throw PyErr.TypeError($"expected string or bytes-like object, got '{p[0]!.Type.Name}'");
            return PyStr.From(Dedent(s.Value));
        });
        m.AddFunction("indent", static (a, k) =>
        {
            var p = ArgParser.Bind("indent", a, k, ["text", "prefix", "predicate"], 2);
            if (p[0] is not PyStr text) throw PyErr.AttributeError($"'{p[0]!.Type.Name}' object has no attribute 'splitlines'");
            if (p[1] is not PyStr prefix) throw PyErr.TypeError($"can only concatenate str (not \"{p[1]!.Type.Name}\") to str");
            return PyStr.From(Indent(text.Value, prefix.Value, p[2] is PyNone ? null : p[2]));
        });
        return m;
    }

    private static readonly string[] s_names =
    [
        "text", "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
        "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
        "max_lines", "placeholder",
    ];

    private static (string, Options) Parse(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, bool widthRequired = false)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        int maxPos = 2;
        if (npos > maxPos)
            throw PyErr.TypeError($"{fname}() takes from 1 to 2 positional arguments but {npos} were given");
        if (npos < 1 && !HasKeyword(kw, "text"))
            throw PyErr.TypeError($"{fname}() missing 1 required positional argument: 'text'");
        var o = new Options();
        PyObject? text = npos > 0 ? args[0] : null;
        bool widthGiven = npos > 1;
        if (npos > 1) o.Width = (int)Ops.AsIndex(args[1]);
        for (int i = 0; i < nkw; i++)
        {
            var name = ((PyStr)kw![i]).Value;
            var v = args[npos + i];
            switch (name)
            {
                case "text": text = v; break;
                case "width": o.Width = (int)Ops.AsIndex(v); widthGiven = true; break;
                case "initial_indent": o.InitialIndent = StrOpt(v); break;
                case "subsequent_indent": o.SubsequentIndent = StrOpt(v); break;
                case "expand_tabs": o.ExpandTabs = v.IsTrue(); break;
                case "replace_whitespace": o.ReplaceWhitespace = v.IsTrue(); break;
                case "fix_sentence_endings": o.FixSentenceEndings = v.IsTrue(); break;
                case "break_long_words": o.BreakLongWords = v.IsTrue(); break;
                case "drop_whitespace": o.DropWhitespace = v.IsTrue(); break;
                case "break_on_hyphens": o.BreakOnHyphens = v.IsTrue(); break;
                case "tabsize": o.TabSize = (int)Ops.AsIndex(v); break;
                case "max_lines": o.MaxLines = v is PyNone ? null : (int)Ops.AsIndex(v); break;
                case "placeholder": o.Placeholder = StrOpt(v); break;
                default:
                    throw PyErr.TypeError($"TextWrapper.__init__() got an unexpected keyword argument '{name}'");
            }
        }
        if (widthRequired && !widthGiven)
            throw PyErr.TypeError($"{fname}() missing 1 required positional argument: 'width'");
        if (text is not PyStr ts)
            throw PyErr.AttributeError($"'{text!.Type.Name}' object has no attribute 'expandtabs'");
        return (ts.Value, o);
    }

    private static bool HasKeyword(PyTuple? kw, string name)
    {
        if (kw is null) return false;
        for (int i = 0; i < kw.Count; i++)
            if (((PyStr)kw[i]).Value == name) return true;
        return false;
    }

    private static string StrOpt(PyObject v) => v is PyStr s ? s.Value
        : throw PyErr.TypeError($"can only concatenate str (not \"{v.Type.Name}\") to str");

    // ---- wrapping -----------------------------------------------------------------------------------

    private static string ExpandTabs(string s, int tabsize)
    {
        if (s.IndexOf('\t') < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        int col = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    int n = tabsize - col % tabsize;
                    sb.Append(' ', n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                col = c is '\n' or '\r' ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    private static List<string> SplitChunks(string text, Options o)
    {
        if (o.ExpandTabs) text = ExpandTabs(text, o.TabSize);
        if (o.ReplaceWhitespace)
        {
            var chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
                if (chars[i] is '\t' or '\n' or '\x0b' or '\x0c' or '\r') chars[i] = ' ';
            text = new string(chars);
        }
        var parts = (o.BreakOnHyphens ? s_chunks : s_simpleChunks).Split(text);
        var chunks = new List<string>(parts.Length);
        foreach (var p in parts) if (p.Length > 0) chunks.Add(p);
        if (o.FixSentenceEndings)
        {
            int i = 0;
            while (i < chunks.Count - 1)
            {
                if (chunks[i + 1] == " " && s_sentenceEnd.IsMatch(chunks[i])) { chunks[i + 1] = "  "; i += 2; }
                else i++;
            }
        }
        return chunks;
    }

    private static bool IsBlank(string s) => s.Trim().Length == 0;

    private static List<string> Wrap(string text, Options o)
    {
        var chunks = SplitChunks(text, o);
        var lines = new List<string>();
        if (o.Width <= 0) throw PyErr.ValueError($"invalid width {o.Width} (must be > 0)");
        if (o.MaxLines is { } ml)
        {
            var ind = ml > 1 ? o.SubsequentIndent : o.InitialIndent;
            if (ind.Length + o.Placeholder.TrimStart().Length > o.Width)
                throw PyErr.ValueError("placeholder too large for max width");
        }
        chunks.Reverse();
        var cur = new List<string>();
        while (chunks.Count > 0)
        {
            cur.Clear();
            int curLen = 0;
            var indent = lines.Count > 0 ? o.SubsequentIndent : o.InitialIndent;
            int width = o.Width - indent.Length;
            if (o.DropWhitespace && IsBlank(chunks[^1]) && lines.Count > 0) chunks.RemoveAt(chunks.Count - 1);
            while (chunks.Count > 0)
            {
                int l = chunks[^1].Length;
                if (curLen + l > width) break;
                cur.Add(chunks[^1]);
                chunks.RemoveAt(chunks.Count - 1);
                curLen += l;
            }
            if (chunks.Count > 0 && chunks[^1].Length > width) HandleLongWord(chunks, cur, curLen, width, o);
            curLen = 0;
            foreach (var c in cur) curLen += c.Length;
            if (o.DropWhitespace && cur.Count > 0 && IsBlank(cur[^1]))
            {
                curLen -= cur[^1].Length;
                cur.RemoveAt(cur.Count - 1);
            }
            if (cur.Count == 0) continue;
            bool fits = o.MaxLines is null || lines.Count + 1 < o.MaxLines
                || ((chunks.Count == 0 || (o.DropWhitespace && chunks.Count == 1 && IsBlank(chunks[0]))) && curLen <= width);
            if (fits)
            {
                lines.Add(indent + string.Concat(cur));
                continue;
            }
            bool placed = false;
            while (cur.Count > 0)
            {
                if (!IsBlank(cur[^1]) && curLen + o.Placeholder.Length <= width)
                {
                    cur.Add(o.Placeholder);
                    lines.Add(indent + string.Concat(cur));
                    placed = true;
                    break;
                }
                curLen -= cur[^1].Length;
                cur.RemoveAt(cur.Count - 1);
            }
            if (!placed)
            {
                if (lines.Count > 0)
                {
                    var prev = lines[^1].TrimEnd();
                    if (prev.Length + o.Placeholder.Length <= o.Width)
                    {
                        lines[^1] = prev + o.Placeholder;
                        break;
                    }
                }
                lines.Add(indent + o.Placeholder.TrimStart());
            }
            break;
        }
        return lines;
    }

    private static void HandleLongWord(List<string> reversedChunks, List<string> cur, int curLen, int width, Options o)
    {
        int spaceLeft = width < 1 ? 1 : width - curLen;
        if (o.BreakLongWords)
        {
            int end = spaceLeft;
            var chunk = reversedChunks[^1];
            if (o.BreakOnHyphens && chunk.Length > spaceLeft)
            {
                int hyphen = chunk.LastIndexOf('-', Math.Max(0, spaceLeft - 1), Math.Max(0, spaceLeft));
                if (spaceLeft == 0) hyphen = -1;
                if (hyphen > 0)
                {
                    bool nonHyphen = false;
                    for (int i = 0; i < hyphen; i++) if (chunk[i] != '-') { nonHyphen = true; break; }
                    if (nonHyphen) end = hyphen + 1;
                }
            }
            cur.Add(chunk[..end]);
            reversedChunks[^1] = chunk[end..];
        }
        else if (cur.Count == 0)
        {
            cur.Add(reversedChunks[^1]);
            reversedChunks.RemoveAt(reversedChunks.Count - 1);
        }
    }

    // ---- dedent / indent --------------------------------------------------------------------------------

    private static string Dedent(string text)
    {
        var lines = text.Split('\n');
        string? margin = null;
        for (int li = 0; li < lines.Length; li++)
        {
            var line = lines[li];
            int i = 0;
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t')) i++;
            if (i == line.Length)
            {
                lines[li] = ""; // whitespace-only lines are normalized to empty
                continue;
            }
            var ind = line[..i];
            if (margin is null) margin = ind;
            else if (ind.StartsWith(margin, StringComparison.Ordinal)) { }
            else if (margin.StartsWith(ind, StringComparison.Ordinal)) margin = ind;
            else
            {
                int k = 0;
                while (k < margin.Length && k < ind.Length && margin[k] == ind[k]) k++;
                margin = margin[..k];
            }
        }
        if (!string.IsNullOrEmpty(margin))
            for (int li = 0; li < lines.Length; li++)
                if (lines[li].StartsWith(margin, StringComparison.Ordinal)) lines[li] = lines[li][margin.Length..];
        return string.Join("\n", lines);
    }

    private static string Indent(string text, string prefix, PyObject? predicate)
    {
        var sb = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && !IsLineBreak(text[i])) i++;
            if (i < text.Length)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i += 2;
                else i++;
            }
            var line = text[start..i];
            bool add = predicate is null ? line.Trim().Length > 0 && !IsPyBlank(line) : Ops.IsTrue(Ops.Call(predicate, PyStr.From(line)));
            if (add) sb.Append(prefix);
            sb.Append(line);
        }
        return sb.ToString();
    }

    // str.splitlines boundaries
    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static bool IsPyBlank(string s)
    {
        foreach (char c in s)
            if (!(char.IsWhiteSpace(c) || c is '\x1c' or '\x1d' or '\x1e' or '\x1f')) return false;
        return true;
    }
}
