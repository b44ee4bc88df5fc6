// str.format / str.format_map: CPython's Objects/stringlib/unicode_format.h (MarkupIterator,
// parse_field, field_name_split, auto-numbering state, nested replacement fields in the spec).
namespace GilRuntime.Core.Objects;

using System.Text;

public static class StrFormat
{
    private enum AutoNumber { Unknown, Auto, Manual }

    private sealed class State
    {
        public AutoNumber Mode;
        public int Next;
    }

    public static string Format(string template, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var sb = new StringBuilder(template.Length + 16);
        Render(template, args, kwargs, 2, new State(), sb);
        return sb.ToString();
    }

    private static void Render(string s, ReadOnlySpan<PyObject> args, PyDict? kwargs, int depth, State state, StringBuilder sb)
    {
        if (depth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        int pos = 0, end = s.Length;
        while (pos < end)
        {
            // literal text up to the next '{' or '}'
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (!markup) { sb.Append(s, start, len); break; }
            if (c == '}' && (atEnd || s[pos] != '}')) throw PyErr.ValueError("Single '}' encountered in format string");
            if (atEnd && c == '{') throw PyErr.ValueError("Single '{' encountered in format string");
            if (s[pos] == c)
            {
                sb.Append(s, start, len);
                pos++;
                continue;
            }
            sb.Append(s, start, len - 1);
            // the replacement field: name up to ':', '!' or '}' (skipping [...] contents)
            int nameStart = pos;
            c = '\0';
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
                if (c == '[')
                {
                    while (pos < end && s[pos] != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            string fieldName = s.Substring(nameStart, (c == '}' || c == ':' || c == '!') ? pos - 1 - nameStart : pos - nameStart);
            char conversion = '\0';
            string spec = "";
            bool specNested = false;
            if (c == '!' || c == ':')
            {
                bool done = false;
                if (c == '!')
                {
                    if (pos >= end) throw PyErr.ValueError("end of string while looking for conversion specifier");
                    conversion = s[pos++];
                    if (pos < end)
                    {
                        char n = s[pos++];
                        if (n == '}') done = true;
                        else if (n != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
                    }
                }
                if (!done)
                {
                    int specStart = pos, count = 1;
                    bool closed = false;
                    while (pos < end)
                    {
                        char x = s[pos++];
                        if (x == '{') { specNested = true; count++; }
                        else if (x == '}' && --count == 0) { closed = true; break; }
                    }
                    if (!closed) throw PyErr.ValueError("unmatched '{' in format spec");
                    spec = s.Substring(specStart, pos - 1 - specStart);
                }
            }
            else if (c != '}') throw PyErr.ValueError("expected '}' before end of string");

            var obj = GetField(fieldName, args, kwargs, state);
            switch (conversion)
            {
                case '\0': break;
                case 'r': obj = PyStr.From(Ops.Repr(obj)); break;
                case 's': obj = PyStr.From(Ops.Str(obj)); break;
                case 'a': obj = PyStr.From(PercentFormat.Ascii(Ops.Repr(obj))); break;
                default:
                    throw PyErr.ValueError(conversion > 32 && conversion < 127
                        ? $"Unknown conversion specifier {conversion}"
                        : $"Unknown conversion specifier \\x{(int)conversion:x}");
            }
            if (specNested)
            {
                var inner = new StringBuilder();
                Render(spec, args, kwargs, depth - 1, state, inner);
                spec = inner.ToString();
            }
            sb.Append(obj is PyStr ps ? NumberFormat.FormatStr(ps.Value, spec) : Ops.Format(obj, spec));
        }
    }

    private static PyObject GetField(string name, ReadOnlySpan<PyObject> args, PyDict? kwargs, State state)
    {
        int i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
        string first = name.Substring(0, i);
        PyObject obj;
        if (first.Length == 0)
        {
            if (state.Mode == AutoNumber.Manual)
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            state.Mode = AutoNumber.Auto;
            obj = Positional(state.Next++, args);
        }
        else if (TryIndex(first, out int idx))
        {
            if (state.Mode == AutoNumber.Auto)
                throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            state.Mode = AutoNumber.Manual;
            obj = Positional(idx, args);
        }
        else
        {
            var key = PyStr.From(first);
            if (kwargs is null || !kwargs.TryGetValue(key, out obj!)) throw PyErr.KeyError(key);
        }
        while (i < name.Length)
        {
            char c = name[i++];
            if (c == '.')
            {
                int st = i;
                while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
                if (i == st) throw PyErr.ValueError("Empty attribute in format string");
                obj = Ops.GetAttr(obj, name.Substring(st, i - st));
            }
            else if (c == '[')
            {
                int st = i;
                while (i < name.Length && name[i] != ']') i++;
                if (i >= name.Length) throw PyErr.ValueError("Missing ']' in format string");
                if (i == st) throw PyErr.ValueError("Empty attribute in format string");
                string key = name.Substring(st, i - st);
                i++;
                obj = Ops.GetItem(obj, TryIndex(key, out int k) ? PyInt.From(k) : PyStr.From(key));
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return obj;
    }

    private static PyObject Positional(int index, ReadOnlySpan<PyObject> args)
    {
        if (index >= args.Length)
            throw PyErr.IndexError($"Replacement index {index} out of range for positional args tuple");
        return args[index];
    }

    private static bool TryIndex(string s, out int value)
    {
        value = 0;
        if (s.Length == 0) return false;
        long v = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
            if (v > int.MaxValue) throw PyErr.ValueError("Too many decimal digits in format string");
        }
        value = (int)v;
        return true;
    }
}
