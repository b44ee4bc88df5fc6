// str's Python-visible methods. Offsets exchanged with Python code (find, index, count, slicing
// arguments, widths) are code point indices; searches run on the UTF-16 text and convert at the edges.
namespace GilRuntime.Core.Objects;

using System.Text;

public partial class PyStr
{
    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_keependsNames = ["keepends"];
    private static readonly string[] s_encodeNames = ["encoding", "errors"];
    private static readonly string[] s_tabNames = ["tabsize"];

    private static PyStr S(PyObject o) => (PyStr)o;

    private static PyType CreateType()
    {
        var t = PyType.Builtin("str", typeof(PyStr), null, NewStr);
        t.AddMethod("join", static (self, args, kw) => From(S(self).Join(SeqUtil.OneArg("str.join", args, kw))));
        t.AddMethod("split", static (self, args, kw) => S(self).SplitMethod(args, kw, "split", false));
        t.AddMethod("rsplit", static (self, args, kw) => S(self).SplitMethod(args, kw, "rsplit", true));
        t.AddMethod("splitlines", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("splitlines", args, kw, s_keependsNames, 0);
            return S(self).SplitLines(a[0] is not null && Ops.IsTrue(a[0]!));
        });
        t.AddMethod("strip", static (self, args, kw) => S(self).StripMethod(args, kw, "strip", true, true));
        t.AddMethod("lstrip", static (self, args, kw) => S(self).StripMethod(args, kw, "lstrip", true, false));
        t.AddMethod("rstrip", static (self, args, kw) => S(self).StripMethod(args, kw, "rstrip", false, true));
        t.AddMethod("startswith", static (self, args, kw) => S(self).StartsEnds(args, kw, "startswith", false));
        t.AddMethod("endswith", static (self, args, kw) => S(self).StartsEnds(args, kw, "endswith", true));
        t.AddMethod("find", static (self, args, kw) => PyInt.From(S(self).FindMethod(args, kw, "find", false)));
        t.AddMethod("rfind", static (self, args, kw) => PyInt.From(S(self).FindMethod(args, kw, "rfind", true)));
        t.AddMethod("index", static (self, args, kw) =>
        {
            long r = S(self).FindMethod(args, kw, "index", false);
            return r >= 0 ? PyInt.From(r) : throw PyErr.ValueError("substring not found");
        });
        t.AddMethod("rindex", static (self, args, kw) =>
        {
            long r = S(self).FindMethod(args, kw, "rindex", true);
            return r >= 0 ? PyInt.From(r) : throw PyErr.ValueError("substring not found");
        });
        t.AddMethod("count", static (self, args, kw) => PyInt.From(S(self).CountMethod(args, kw)));
        t.AddMethod("replace", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("replace", args, kw, 2, 3);
            var old = ArgMustBeStr("replace", 1, args[0]);
            var @new = ArgMustBeStr("replace", 2, args[1]);
            long count = args.Length > 2 ? Ops.AsIndex(args[2]) : -1;
            return S(self).Replace(old, @new, count);
        });
        t.AddMethod("upper", static (self, args, kw) => { SeqUtil.NoArgs("upper", args, kw); return S(self).Upper(); });
        t.AddMethod("lower", static (self, args, kw) => { SeqUtil.NoArgs("lower", args, kw); return S(self).Lower(); });
        t.AddMethod("casefold", static (self, args, kw) => { SeqUtil.NoArgs("casefold", args, kw); return S(self).MapChars(UnicodeInfo.AppendFold); });
        t.AddMethod("swapcase", static (self, args, kw) => { SeqUtil.NoArgs("swapcase", args, kw); return S(self).SwapCase(); });
        t.AddMethod("capitalize", static (self, args, kw) => { SeqUtil.NoArgs("capitalize", args, kw); return S(self).Capitalize(); });
        t.AddMethod("title", static (self, args, kw) => { SeqUtil.NoArgs("title", args, kw); return S(self).Title(); });
        t.AddMethod("isdigit", static (self, args, kw) => S(self).All(args, kw, "isdigit", UnicodeInfo.IsDigit));
        t.AddMethod("isdecimal", static (self, args, kw) => S(self).All(args, kw, "isdecimal", UnicodeInfo.IsDecimal));
        t.AddMethod("isnumeric", static (self, args, kw) => S(self).All(args, kw, "isnumeric", UnicodeInfo.IsNumeric));
        t.AddMethod("isalpha", static (self, args, kw) => S(self).All(args, kw, "isalpha", UnicodeInfo.IsAlpha));
        t.AddMethod("isalnum", static (self, args, kw) => S(self).All(args, kw, "isalnum", UnicodeInfo.IsAlnum));
        t.AddMethod("isspace", static (self, args, kw) => S(self).All(args, kw, "isspace", UnicodeInfo.IsSpace));
        t.AddMethod("isprintable", static (self, args, kw) =>
        {
            SeqUtil.NoArgs("isprintable", args, kw);
            var s = S(self).Value;
            for (int i = 0; i < s.Length;) if (!UnicodeInfo.IsPrintable(NextCp(s, ref i))) return Py.False;
            return Py.True;
        });
        t.AddMethod("isascii", static (self, args, kw) => { SeqUtil.NoArgs("isascii", args, kw); return Py.Bool(S(self).IsAscii); });
        t.AddMethod("isupper", static (self, args, kw) => { SeqUtil.NoArgs("isupper", args, kw); return Py.Bool(S(self).CaseCheck(upper: true)); });
        t.AddMethod("islower", static (self, args, kw) => { SeqUtil.NoArgs("islower", args, kw); return Py.Bool(S(self).CaseCheck(upper: false)); });
        t.AddMethod("istitle", static (self, args, kw) => { SeqUtil.NoArgs("istitle", args, kw); return Py.Bool(S(self).IsTitleCased()); });
        t.AddMethod("isidentifier", static (self, args, kw) => { SeqUtil.NoArgs("isidentifier", args, kw); return Py.Bool(IsIdentifier(S(self).Value)); });
        t.AddMethod("center", static (self, args, kw) => S(self).Pad(args, kw, "center"));
        t.AddMethod("ljust", static (self, args, kw) => S(self).Pad(args, kw, "ljust"));
        t.AddMethod("rjust", static (self, args, kw) => S(self).Pad(args, kw, "rjust"));
        t.AddMethod("zfill", static (self, args, kw) => S(self).ZFill(Ops.AsIndex(SeqUtil.OneArg("str.zfill", args, kw))));
        t.AddMethod("partition", static (self, args, kw) => S(self).Partition(SeqUtil.OneArg("str.partition", args, kw), false));
        t.AddMethod("rpartition", static (self, args, kw) => S(self).Partition(SeqUtil.OneArg("str.rpartition", args, kw), true));
        t.AddMethod("expandtabs", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("expandtabs", args, kw, s_tabNames, 0);
            return S(self).ExpandTabs(a[0] is null ? 8 : Ops.AsIndex(a[0]!));
        });
        t.AddMethod("encode", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("encode", args, kw, s_encodeNames, 0);
            var enc = a[0] is null ? "utf-8" : ArgStr("encode", "encoding", a[0]!);
            var err = a[1] is null ? "strict" : ArgStr("encode", "errors", a[1]!);
            return PyBytes.From(Codecs.Encode(S(self), enc, err));
        });
        t.AddMethod("format", static (self, args, kw) =>
        {
            int npos = SeqUtil.PosCount(args, kw);
            PyDict? kwargs = null;
            if (kw is not null && kw.Count > 0)
            {
                kwargs = new PyDict(kw.Count);
                for (int i = 0; i < kw.Count; i++) kwargs.SetItem(kw[i], args[npos + i]);
            }
            return From(StrFormat.Format(S(self).Value, args[..npos], kwargs));
        });
        t.AddMethod("format_map", static (self, args, kw) =>
        {
            var m = SeqUtil.OneArg("str.format_map", args, kw);
            PyDict d;
            if (m is PyDict md) d = md;
            else { d = new PyDict(); d.Update(m); }
            return From(StrFormat.Format(S(self).Value, ReadOnlySpan<PyObject>.Empty, d));
        });
        t.AddMethod("__format__", static (self, args, kw) =>
        {
            var spec = SeqUtil.OneArg("__format__", args, kw);
            if (spec is not PyStr ss) throw PyErr.TypeError($"__format__() argument must be str, not {spec.Type.Name}");
            return From(self.Format(ss.Value));
        });
        t.AddMethod("translate", static (self, args, kw) => S(self).Translate(SeqUtil.OneArg("str.translate", args, kw)));
        t.AddMethod("removeprefix", static (self, args, kw) =>
        {
            var p = SeqUtil.OneArg("str.removeprefix", args, kw);
            if (p is not PyStr ps) throw PyErr.TypeError($"removeprefix() argument must be str, not {p.Type.Name}");
            var s = S(self);
            return s.Value.StartsWith(ps.Value, StringComparison.Ordinal) && ps.Value.Length > 0 ? From(s.Value[ps.Value.Length..]) : s;
        });
        t.AddMethod("removesuffix", static (self, args, kw) =>
        {
            var p = SeqUtil.OneArg("str.removesuffix", args, kw);
            if (p is not PyStr ps) throw PyErr.TypeError($"removesuffix() argument must be str, not {p.Type.Name}");
            var s = S(self);
            return s.Value.EndsWith(ps.Value, StringComparison.Ordinal) && ps.Value.Length > 0 ? From(s.Value[..^ps.Value.Length]) : s;
        });
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__getitem__", static (self, args, kw) => self.GetItem(SeqUtil.OneArg("__getitem__", args, kw)));
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        PyStaticBuiltin.Add(t, "maketrans", MakeTrans);
        SeqUtil.RegisterOperatorDunders(t, true, [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply, Objects.BinaryOp.Remainder], []);
        return t;
    }

    private static string ArgMustBeStr(string fname, int pos, PyObject o) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument {pos} must be str, not {o.Type.Name}");

    // ---- join / split -------------------------------------------------------------------------------

    public string Join(PyObject iterable)
    {
        ReadOnlySpan<PyObject> items;
        List<PyObject>? tmp = null;
        if (iterable is PyList l) items = l.AsSpan().ToArray();
        else if (iterable is PyTuple t) items = t.Items;
        else { tmp = Ops.ToClrList(iterable); items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tmp); }
        if (items.Length == 0) return "";
        if (items.Length == 1 && items[0] is PyStr only) return only.Value;
        var sb = new StringBuilder();
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyStr s)
                throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            if (i > 0) sb.Append(Value);
            sb.Append(s.Value);
        }
        return sb.ToString();
    }

    private PyObject SplitMethod(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool right)
    {
        var a = ArgParser.Bind(name, args, kw, s_splitNames, 0);
        string? sep = a[0] switch
        {
            null or PyNone => null,
            PyStr s => s.Value,
            var o => throw PyErr.TypeError($"must be str or None, not {o.Type.Name}"),
        };
        long max = a[1] is null ? -1 : Ops.AsIndex(a[1]!);
        var parts = right ? RSplit(sep, max) : Split(sep, max);
        var r = new PyList(parts.Count);
        foreach (var p in parts) r.Append(From(p));
        return r;
    }

    public List<string> Split(string? sep, long maxsplit)
    {
        var s = Value;
        var r = new List<string>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && UnicodeInfo.IsSpace(s[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) { r.Add(s[i..n]); break; }
                int j = i;
                while (j < n && !UnicodeInfo.IsSpace(s[j])) j++;
                r.Add(s[i..j]);
                i = j;
            }
            return r;
        }
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int k = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (k < 0) break;
            r.Add(s[pos..k]);
            pos = k + sep.Length;
        }
        r.Add(s[pos..]);
        return r;
    }

    public List<string> RSplit(string? sep, long maxsplit)
    {
        var s = Value;
        var r = new List<string>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null)
        {
            int j = s.Length;
            while (true)
            {
                while (j > 0 && UnicodeInfo.IsSpace(s[j - 1])) j--;
                if (j <= 0) break;
                if (maxsplit-- == 0) { r.Add(s[..j]); break; }
                int i = j;
                while (i > 0 && !UnicodeInfo.IsSpace(s[i - 1])) i--;
                r.Add(s[i..j]);
                j = i;
            }
            r.Reverse();
            return r;
        }
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int end = s.Length;
        while (maxsplit-- > 0 && end >= sep.Length)
        {
            int k = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (k < 0) break;
            r.Add(s[(k + sep.Length)..end]);
            end = k;
        }
        r.Add(s[..end]);
        r.Reverse();
        return r;
    }

    public PyList SplitLines(bool keepends)
    {
        var s = Value;
        var r = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && !UnicodeInfo.IsLineBreak(s[j])) j++;
            int eol = j;
            if (j < n)
            {
                if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2; else j++;
                if (keepends) eol = j;
            }
            r.Append(From(s[i..eol]));
            i = j;
        }
        return r;
    }

    // ---- strip / pad ----------------------------------------------------------------------------------

    private PyObject StripMethod(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool left, bool right)
    {
        SeqUtil.ArgRange(name, args, kw, 0, 1);
        string? chars = null;
        if (args.Length == 1 && args[0] is not PyNone)
            chars = args[0] is PyStr cs ? cs.Value : throw PyErr.TypeError($"{name} arg must be None or str");
        var r = Strip(chars, left, right);
        return r.Length == Value.Length ? this : From(r);
    }

    public string Strip(string? chars, bool left = true, bool right = true)
    {
        var s = Value;
        int i = 0, j = s.Length;
        if (chars is null)
        {
            if (left) while (i < j && UnicodeInfo.IsSpace(s[i])) i++;
            if (right) while (j > i && UnicodeInfo.IsSpace(s[j - 1])) j--;
        }
        else
        {
            if (left) while (i < j && chars.Contains(s[i])) i++;
            if (right) while (j > i && chars.Contains(s[j - 1])) j--;
        }
        return s[i..j];
    }

    private PyObject Pad(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        SeqUtil.ArgRange(name, args, kw, 1, 2);
        long width = Ops.AsIndex(args[0]);
        string fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) throw PyErr.TypeError($"{name}() argument 2 must be str, not {args[1].Type.Name}");
            if (f.CodePointCount != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        long len = CodePointCount;
        if (width <= len) return this;
        long marg = width - len;
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        return From(Repeat(fill, left) + Value + Repeat(fill, marg - left));
    }

    private static string Repeat(string s, long n)
    {
        if (n <= 0) return "";
        if (s.Length == 1) return new string(s[0], (int)n);
        var sb = new StringBuilder();
        for (long i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    public PyStr ZFill(long width)
    {
        long len = CodePointCount;
        if (width <= len) return this;
        string zeros = new('0', (int)(width - len));
        if (Value.Length > 0 && (Value[0] == '+' || Value[0] == '-')) return From(Value[0] + zeros + Value[1..]);
        return From(zeros + Value);
    }

    // ---- search -----------------------------------------------------------------------------------------

    private void SearchArgs(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, out string sub, out long start, out long end)
    {
        SeqUtil.ArgRangeOld(name, args, kw, 1, 3);
        sub = args[0] is PyStr s ? s.Value : throw PyErr.TypeError($"must be str, not {args[0].Type.Name}");
        start = args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0;
        end = args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue;
        SeqUtil.AdjustIndices(ref start, ref end, CodePointCount);
    }

    private long FindMethod(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool reverse)
    {
        SearchArgs(args, kw, name, out var sub, out long start, out long end);
        return Find(sub, start, end, reverse);
    }

    /// <summary>find/rfind on code point indices already clipped to [0, len].</summary>
    public long Find(string sub, long start, long end, bool reverse = false)
    {
        if (start > end || end - start < 0) return -1;
        if (start > CodePointCount) return -1;
        int a = CpToUtf16(start), b = CpToUtf16(end);
        if (b - a < sub.Length) return -1;
        int r = reverse
            ? (sub.Length == 0 ? b : Value.LastIndexOf(sub, b - 1, b - a, StringComparison.Ordinal))
            : Value.IndexOf(sub, a, b - a, StringComparison.Ordinal);
        return r < 0 ? -1 : Utf16ToCp(r);
    }

    private long CountMethod(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        SearchArgs(args, kw, "count", out var sub, out long start, out long end);
        if (start > end) return 0;
        if (sub.Length == 0) return end - start + 1;
        int a = CpToUtf16(start), b = CpToUtf16(end);
        long n = 0;
        while (true)
        {
            int k = Value.IndexOf(sub, a, b - a, StringComparison.Ordinal);
            if (k < 0) return n;
            n++;
            a = k + sub.Length;
            if (b - a < sub.Length) return n;
        }
    }

    private PyObject StartsEnds(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool ends)
    {
        SeqUtil.ArgRangeOld(name, args, kw, 1, 3);
        long start = args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0;
        long end = args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue;
        SeqUtil.AdjustIndices(ref start, ref end, CodePointCount);
        if (args[0] is PyTuple t)
        {
            foreach (var p in t.Items)
            {
                if (p is not PyStr ps) throw PyErr.TypeError($"tuple for {name} must only contain str, not {p.Type.Name}");
                if (Tail(ps.Value, start, end, ends)) return Py.True;
            }
            return Py.False;
        }
        if (args[0] is not PyStr s)
            throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.Name}");
        return Py.Bool(Tail(s.Value, start, end, ends));
    }

    private bool Tail(string sub, long start, long end, bool ends)
    {
        if (start > CodePointCount) return false;
        if (end - start < 0) return false;
        int a = CpToUtf16(start), b = CpToUtf16(end);
        if (b - a < sub.Length) return false;
        return ends
            ? string.CompareOrdinal(Value, b - sub.Length, sub, 0, sub.Length) == 0
            : string.CompareOrdinal(Value, a, sub, 0, sub.Length) == 0;
    }

    public PyStr Replace(string old, string @new, long count)
    {
        if (count < 0) count = long.MaxValue;
        if (count == 0) return this;
        var s = Value;
        if (old.Length == 0)
        {
            var sb0 = new StringBuilder();
            long done = 0;
            int i = 0;
            while (true)
            {
                if (done < count) { sb0.Append(@new); done++; }
                if (i >= s.Length) break;
                int st = i;
                NextCp(s, ref i);
                sb0.Append(s, st, i - st);
            }
            return From(sb0.ToString());
        }
        int pos = s.IndexOf(old, StringComparison.Ordinal);
        if (pos < 0) return this;
        var sb = new StringBuilder(s.Length);
        int last = 0;
        long k = 0;
        while (pos >= 0 && k < count)
        {
            sb.Append(s, last, pos - last).Append(@new);
            last = pos + old.Length;
            k++;
            pos = s.IndexOf(old, last, StringComparison.Ordinal);
        }
        sb.Append(s, last, s.Length - last);
        return From(sb.ToString());
    }

    private PyObject Partition(PyObject sepObj, bool right)
    {
        if (sepObj is not PyStr sepStr) throw PyErr.TypeError($"must be str, not {sepObj.Type.Name}");
        var sep = sepStr.Value;
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int k = right ? Value.LastIndexOf(sep, StringComparison.Ordinal) : Value.IndexOf(sep, StringComparison.Ordinal);
        if (k < 0) return right ? new PyTuple([Empty, Empty, this]) : new PyTuple([this, Empty, Empty]);
        return new PyTuple([From(Value[..k]), sepStr, From(Value[(k + sep.Length)..])]);
    }

    public PyStr ExpandTabs(long tabsize)
    {
        if (!Value.Contains('\t')) return this;
        var sb = new StringBuilder();
        long col = 0;
        foreach (char c in Value)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long n = tabsize - col % tabsize;
                    sb.Append(' ', (int)n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                if (c == '\n' || c == '\r') col = 0;
                else if (!char.IsLowSurrogate(c)) col++;
            }
        }
        return From(sb.ToString());
    }

    // ---- case ---------------------------------------------------------------------------------------------

    private PyStr MapChars(Action<StringBuilder, int> map)
    {
        var s = Value;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) map(sb, NextCp(s, ref i));
        var r = sb.ToString();
        return r == s ? this : From(r);
    }

    public PyStr Upper()
    {
        if (IsAscii)
        {
            bool any = false;
            foreach (char c in Value) if (c >= 'a' && c <= 'z') { any = true; break; }
            return any ? From(Value.ToUpperInvariant()) : this;
        }
        return MapChars(UnicodeInfo.AppendUpper);
    }

    public PyStr Lower()
    {
        if (IsAscii)
        {
            bool any = false;
            foreach (char c in Value) if (c >= 'A' && c <= 'Z') { any = true; break; }
            return any ? From(Value.ToLowerInvariant()) : this;
        }
        var s = Value;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            int c = NextCp(s, ref i);
            if (c == 0x3A3) { sb.Append(FinalSigma(s, start, i) ? '\u03C2' : '\u03C3'); continue; }
            UnicodeInfo.AppendLower(sb, c);
        }
        return From(sb.ToString());
    }

    /// <summary>Lower-cases the code point c that ends at UTF-16 index <paramref name="after"/>, with the final-sigma rule.</summary>
    private static void LowerAt(StringBuilder sb, string s, int c, int after)
    {
        if (c == 0x3A3) sb.Append(FinalSigma(s, after - 1, after) ? '\u03C2' : '\u03C3');
        else UnicodeInfo.AppendLower(sb, c);
    }

    /// <summary>Greek capital sigma lowers to final ς after a cased letter when no cased letter follows.</summary>
    private static bool FinalSigma(string s, int at, int after)
    {
        int j = at - 1;
        while (j >= 0 && IsCaseIgnorable(s[j])) j--;
        if (j < 0 || !UnicodeInfo.IsCased(s[j])) return false;
        int k = after;
        while (k < s.Length && IsCaseIgnorable(s[k])) k++;
        return k >= s.Length || !UnicodeInfo.IsCased(s[k]);
    }

    private static bool IsCaseIgnorable(char c) => c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xAD
        || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.ModifierSymbol;

    private PyStr SwapCase()
    {
        var s = Value;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int c = NextCp(s, ref i);
            if (UnicodeInfo.IsUpper(c)) LowerAt(sb, s, c, i);
            else if (UnicodeInfo.IsLower(c)) UnicodeInfo.AppendUpper(sb, c);
            else UnicodeInfo.AppendCp(sb, c);
        }
        return From(sb.ToString());
    }

    private PyStr Capitalize()
    {
        var s = Value;
        if (s.Length == 0) return this;
        var sb = new StringBuilder(s.Length);
        int i = 0;
        UnicodeInfo.AppendTitle(sb, NextCp(s, ref i));
        while (i < s.Length) { int c = NextCp(s, ref i); LowerAt(sb, s, c, i); }
        return From(sb.ToString());
    }

    private PyStr Title()
    {
        var s = Value;
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = NextCp(s, ref i);
            if (prevCased) LowerAt(sb, s, c, i); else UnicodeInfo.AppendTitle(sb, c);
            prevCased = UnicodeInfo.IsCased(c);
        }
        return From(sb.ToString());
    }

    // ---- predicates ---------------------------------------------------------------------------------------

    private PyObject All(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, Func<int, bool> pred)
    {
        SeqUtil.NoArgs(name, args, kw);
        var s = Value;
        if (s.Length == 0) return Py.False;
        for (int i = 0; i < s.Length;) if (!pred(NextCp(s, ref i))) return Py.False;
        return Py.True;
    }

    private bool CaseCheck(bool upper)
    {
        var s = Value;
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = NextCp(s, ref i);
            if (upper ? (UnicodeInfo.IsLower(c) || UnicodeInfo.IsTitle(c)) : (UnicodeInfo.IsUpper(c) || UnicodeInfo.IsTitle(c))) return false;
            if (!cased && (upper ? UnicodeInfo.IsUpper(c) : UnicodeInfo.IsLower(c))) cased = true;
        }
        return cased;
    }

    private bool IsTitleCased()
    {
        var s = Value;
        bool cased = false, prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = NextCp(s, ref i);
            if (UnicodeInfo.IsUpper(c) || UnicodeInfo.IsTitle(c))
            {
                if (prevCased) return false;
                prevCased = true; cased = true;
            }
            else if (UnicodeInfo.IsLower(c))
            {
                if (!prevCased) return false;
                prevCased = true; cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        int i = 0;
        if (!UnicodeInfo.IsXidStart(NextCp(s, ref i))) return false;
        while (i < s.Length) if (!UnicodeInfo.IsXidContinue(NextCp(s, ref i))) return false;
        return true;
    }

    // ---- translate / maketrans ------------------------------------------------------------------------------

    private PyObject Translate(PyObject table)
    {
        var s = Value;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int c = NextCp(s, ref i);
            PyObject r;
            try { r = table.GetItem(PyInt.From(c)); }
            catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.LookupError))
            {
                UnicodeInfo.AppendCp(sb, c);
                continue;
            }
            switch (r)
            {
                case PyNone: break;
                case PyStr rs: sb.Append(rs.Value); break;
                case PyInt ri:
                    if (!ri.IsSmall || ri.Value < 0 || ri.Value > 0x10FFFF)
                        throw PyErr.ValueError("character mapping must be in range(0x110000)");
                    UnicodeInfo.AppendCp(sb, (int)ri.Value);
                    break;
                default: throw PyErr.TypeError("character mapping must return integer, None or str");
            }
        }
        return From(sb.ToString());
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        SeqUtil.ArgRange("maketrans", args, kw, 1, 3);
        var d = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict src) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var kv in src.Items())
            {
                if (kv.Key is PyStr ks)
                {
                    if (ks.CodePointCount != 1) throw PyErr.ValueError("string keys in translate table must be of length 1");
                    d.SetItem(PyInt.From(ks.CodePointAt(0)), kv.Value);
                }
                else if (kv.Key is PyInt) d.SetItem(kv.Key, kv.Value);
                else throw PyErr.TypeError("keys in translate table must be strings or integers");
            }
            return d;
        }
        if (args[0] is not PyStr x) throw PyErr.TypeError($"maketrans() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr y) throw PyErr.TypeError($"maketrans() argument 2 must be str, not {args[1].Type.Name}");
        if (x.CodePointCount != y.CodePointCount) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.CodePointCount; i++) d.SetItem(PyInt.From(x.CodePointAt(i)), PyInt.From(y.CodePointAt(i)));
        if (args.Length == 3)
        {
            if (args[2] is not PyStr z) throw PyErr.TypeError($"maketrans() argument 3 must be str, not {args[2].Type.Name}");
            for (int i = 0; i < z.CodePointCount; i++) d.SetItem(PyInt.From(z.CodePointAt(i)), Py.None);
        }
        return d;
    }
}
