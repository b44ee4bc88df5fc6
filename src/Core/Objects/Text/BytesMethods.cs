// The methods bytes and bytearray share, registered on both types; results are built with the
// receiver's own type (bytes methods return bytes, bytearray methods return bytearray).
namespace GilRuntime.Core.Objects;

internal static class BytesMethods
{
    private static ReadOnlySpan<byte> Data(PyObject self) => self is PyBytes b ? b.Value : ((PyByteArray)self).Span;

    private static PyObject Make(PyObject self, byte[] data) => self is PyBytes ? PyBytes.From(data) : new PyByteArray(data);

    private static readonly string[] s_decodeNames = ["encoding", "errors"];
    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_hexNames = ["sep", "bytes_per_sep"];

    public static void Register(PyType t)
    {
        t.AddMethod("decode", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("decode", args, kw, s_decodeNames, 0);
            var enc = a[0] is null ? "utf-8" : PyStr.ArgStr("decode", "encoding", a[0]!);
            var err = a[1] is null ? "strict" : PyStr.ArgStr("decode", "errors", a[1]!);
            return PyStr.From(Codecs.Decode(Data(self), enc, err));
        });
        t.AddMethod("hex", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("hex", args, kw, s_hexNames, 0);
            string? sep = a[0] switch { null => null, PyStr s => s.Value, var o => System.Text.Encoding.Latin1.GetString(BytesOps.RequireBytes(o)) };
            if (sep is not null && sep.Length != 1) throw PyErr.ValueError("sep must be length 1.");
            long per = a[1] is null ? 1 : Ops.AsIndex(a[1]!);
            return PyStr.From(BytesOps.Hex(Data(self), sep, per));
        });
        t.AddMethod("join", static (self, args, kw) => Make(self, BytesOps.Join(Data(self), SeqUtil.OneArg("join", args, kw))));
        t.AddMethod("split", static (self, args, kw) => SplitImpl(self, args, kw, "split"));
        t.AddMethod("rsplit", static (self, args, kw) => SplitImpl(self, args, kw, "rsplit"));
        t.AddMethod("strip", static (self, args, kw) => StripImpl(self, args, kw, "strip", true, true));
        t.AddMethod("lstrip", static (self, args, kw) => StripImpl(self, args, kw, "lstrip", true, false));
        t.AddMethod("rstrip", static (self, args, kw) => StripImpl(self, args, kw, "rstrip", false, true));
        t.AddMethod("startswith", static (self, args, kw) => StartsEnds(self, args, kw, "startswith", false));
        t.AddMethod("endswith", static (self, args, kw) => StartsEnds(self, args, kw, "endswith", true));
        t.AddMethod("find", static (self, args, kw) => PyInt.From(FindImpl(self, args, kw, "find", false)));
        t.AddMethod("rfind", static (self, args, kw) => PyInt.From(FindImpl(self, args, kw, "rfind", true)));
        t.AddMethod("index", static (self, args, kw) =>
        {
            long r = FindImpl(self, args, kw, "index", false);
            return r >= 0 ? PyInt.From(r) : throw PyErr.ValueError("subsection not found");
        });
        t.AddMethod("rindex", static (self, args, kw) =>
        {
            long r = FindImpl(self, args, kw, "rindex", true);
            return r >= 0 ? PyInt.From(r) : throw PyErr.ValueError("subsection not found");
        });
        t.AddMethod("count", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("count", args, kw, 1, 3);
            return PyInt.From(BytesOps.Count(Data(self), BytesOps.Needle(args[0]),
                args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0, args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue));
        });
        t.AddMethod("replace", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("replace", args, kw, 2, 3);
            long count = args.Length > 2 ? Ops.AsIndex(args[2]) : -1;
            return Make(self, BytesOps.Replace(Data(self), BytesOps.RequireBytes(args[0]), BytesOps.RequireBytes(args[1]), count));
        });
        t.AddMethod("upper", static (self, args, kw) => { SeqUtil.NoArgs("upper", args, kw); return Make(self, BytesOps.Upper(Data(self))); });
        t.AddMethod("lower", static (self, args, kw) => { SeqUtil.NoArgs("lower", args, kw); return Make(self, BytesOps.Lower(Data(self))); });
        t.AddMethod("isdigit", static (self, args, kw) => Pred(self, args, kw, "isdigit", static c => c >= '0' && c <= '9'));
        t.AddMethod("isalpha", static (self, args, kw) => Pred(self, args, kw, "isalpha", static c => (c | 32) >= 'a' && (c | 32) <= 'z'));
        t.AddMethod("isspace", static (self, args, kw) => Pred(self, args, kw, "isspace", BytesOps.IsSpace));
        t.AddMethod("isalnum", static (self, args, kw) => Pred(self, args, kw, "isalnum", static c => (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')));
        t.AddMethod("__len__", static (self, args, kw) => { SeqUtil.NoArgs("__len__", args, kw); return PyInt.From(self.Length()); });
        t.AddMethod("__getitem__", static (self, args, kw) => self.GetItem(SeqUtil.OneArg("__getitem__", args, kw)));
        t.AddMethod("__contains__", static (self, args, kw) => Py.Bool(self.Contains(SeqUtil.OneArg("__contains__", args, kw))));
        t.AddMethod("__iter__", static (self, args, kw) => { SeqUtil.NoArgs("__iter__", args, kw); return self.Iter(); });
        t.AddMethod("partition", static (self, args, kw) => Partition(self, SeqUtil.OneArg("partition", args, kw), false));
        t.AddMethod("rpartition", static (self, args, kw) => Partition(self, SeqUtil.OneArg("rpartition", args, kw), true));
        t.AddMethod("splitlines", static (self, args, kw) =>
        {
            var a = ArgParser.Bind("splitlines", args, kw, s_keependsNames, 0);
            bool keep = a[0] is not null && Ops.IsTrue(a[0]!);
            var d = Data(self);
            var r = new PyList();
            int i = 0;
            while (i < d.Length)
            {
                int j = i;
                while (j < d.Length && d[j] != '\n' && d[j] != '\r') j++;
                int eol = j;
                if (j < d.Length) { j += d[j] == '\r' && j + 1 < d.Length && d[j + 1] == '\n' ? 2 : 1; if (keep) eol = j; }
                r.Append(Make(self, d[i..eol].ToArray()));
                i = j;
            }
            return r;
        });
        t.AddMethod("center", static (self, args, kw) => Pad(self, args, kw, "center"));
        t.AddMethod("ljust", static (self, args, kw) => Pad(self, args, kw, "ljust"));
        t.AddMethod("rjust", static (self, args, kw) => Pad(self, args, kw, "rjust"));
        t.AddMethod("zfill", static (self, args, kw) =>
        {
            long width = Ops.AsIndex(SeqUtil.OneArg("zfill", args, kw));
            var d = Data(self);
            if (width <= d.Length) return Make(self, d.ToArray());
            var r = new byte[width];
            int fill = (int)(width - d.Length);
            int start = 0;
            if (d.Length > 0 && (d[0] == '+' || d[0] == '-')) { r[0] = d[0]; start = 1; }
            for (int k = start; k < start + fill; k++) r[k] = (byte)'0';
            d[start..].CopyTo(r.AsSpan(start + fill));
            return Make(self, r);
        });
        t.AddMethod("title", static (self, args, kw) => { SeqUtil.NoArgs("title", args, kw); return Make(self, MapCase(Data(self), 't')); });
        t.AddMethod("swapcase", static (self, args, kw) => { SeqUtil.NoArgs("swapcase", args, kw); return Make(self, MapCase(Data(self), 's')); });
        t.AddMethod("capitalize", static (self, args, kw) => { SeqUtil.NoArgs("capitalize", args, kw); return Make(self, MapCase(Data(self), 'c')); });
        t.AddMethod("isupper", static (self, args, kw) => { SeqUtil.NoArgs("isupper", args, kw); return Py.Bool(CaseCheck(Data(self), true)); });
        t.AddMethod("islower", static (self, args, kw) => { SeqUtil.NoArgs("islower", args, kw); return Py.Bool(CaseCheck(Data(self), false)); });
        t.AddMethod("isascii", static (self, args, kw) =>
        {
            SeqUtil.NoArgs("isascii", args, kw);
            foreach (var c in Data(self)) if (c >= 128) return Py.False;
            return Py.True;
        });
        t.AddMethod("removeprefix", static (self, args, kw) =>
        {
            var p = BytesOps.RequireBytes(SeqUtil.OneArg("removeprefix", args, kw));
            var d = Data(self);
            return Make(self, d.StartsWith(p) ? d[p.Length..].ToArray() : d.ToArray());
        });
        t.AddMethod("removesuffix", static (self, args, kw) =>
        {
            var p = BytesOps.RequireBytes(SeqUtil.OneArg("removesuffix", args, kw));
            var d = Data(self);
            return Make(self, d.EndsWith(p) && p.Length > 0 ? d[..^p.Length].ToArray() : d.ToArray());
        });
        t.AddMethod("translate", static (self, args, kw) =>
        {
            SeqUtil.ArgRange("translate", args, kw, 1, 2);
            byte[]? table = args[0] is PyNone ? null : BytesOps.RequireBytes(args[0]);
            if (table is not null && table.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            byte[] delete = args.Length > 1 ? BytesOps.RequireBytes(args[1]) : [];
            var r = new List<byte>();
            foreach (var c in Data(self))
            {
                if (Array.IndexOf(delete, c) >= 0) continue;
                r.Add(table is null ? c : table[c]);
            }
            return Make(self, r.ToArray());
        });
        PyStaticBuiltin.Add(t, "maketrans", static (args, kw) =>
        {
            ArgParser.Exactly("maketrans", args, kw, 2);
            var from = BytesOps.RequireBytes(args[0]);
            var to = BytesOps.RequireBytes(args[1]);
            if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.From(table);
        });
        PyClassMethodDescriptor.Add(t, "fromhex", static (type, args, kw) =>
        {
            var s = SeqUtil.OneArg("fromhex", args, kw);
            if (s is not PyStr str) throw PyErr.TypeError($"fromhex() argument must be str, not {s.Type.Name}");
            var data = BytesOps.FromHex(str.Value);
            return ReferenceEquals(type, PyByteArray.TypeObject) ? new PyByteArray(data) : PyBytes.From(data);
        });
    }

    private static readonly string[] s_keependsNames = ["keepends"];

    private static PyObject Partition(PyObject self, PyObject sepObj, bool right)
    {
        var sep = BytesOps.RequireBytes(sepObj);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var d = Data(self);
        int k = right ? d.LastIndexOf(sep) : d.IndexOf(sep);
        if (k < 0)
            return right ? new PyTuple([Make(self, []), Make(self, []), Make(self, d.ToArray())])
                         : new PyTuple([Make(self, d.ToArray()), Make(self, []), Make(self, [])]);
        return new PyTuple([Make(self, d[..k].ToArray()), Make(self, sep), Make(self, d[(k + sep.Length)..].ToArray())]);
    }

    private static PyObject Pad(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        SeqUtil.ArgRange(name, args, kw, 1, 2);
        long width = Ops.AsIndex(args[0]);
        byte fill = (byte)' ';
        if (args.Length > 1)
        {
            var f = BytesOps.AsBytes(args[1]);
            if (f is null || f.Length != 1)
                throw PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {args[1].Type.Name}");
            fill = f[0];
        }
        var d = Data(self);
        if (width <= d.Length) return Make(self, d.ToArray());
        long marg = width - d.Length;
        long left = name == "ljust" ? 0 : name == "rjust" ? marg : marg / 2 + (marg & width & 1);
        var r = new byte[width];
        Array.Fill(r, fill);
        d.CopyTo(r.AsSpan((int)left));
        return Make(self, r);
    }

    private static bool IsLowerB(byte c) => c >= 'a' && c <= 'z';
    private static bool IsUpperB(byte c) => c >= 'A' && c <= 'Z';

    private static byte[] MapCase(ReadOnlySpan<byte> d, char mode)
    {
        var r = d.ToArray();
        bool prevCased = false;
        for (int i = 0; i < r.Length; i++)
        {
            byte c = r[i];
            switch (mode)
            {
                case 's':
                    if (IsLowerB(c)) r[i] = (byte)(c - 32); else if (IsUpperB(c)) r[i] = (byte)(c + 32);
                    break;
                case 'c':
                    if (i == 0) { if (IsLowerB(c)) r[i] = (byte)(c - 32); }
                    else if (IsUpperB(c)) r[i] = (byte)(c + 32);
                    break;
                default:
                    if (prevCased) { if (IsUpperB(c)) r[i] = (byte)(c + 32); }
                    else if (IsLowerB(c)) r[i] = (byte)(c - 32);
                    prevCased = IsLowerB(c) || IsUpperB(c);
                    break;
            }
        }
        return r;
    }

    private static bool CaseCheck(ReadOnlySpan<byte> d, bool upper)
    {
        bool cased = false;
        foreach (var c in d)
        {
            if (upper ? IsLowerB(c) : IsUpperB(c)) return false;
            if (upper ? IsUpperB(c) : IsLowerB(c)) cased = true;
        }
        return cased;
    }

    private static PyObject Pred(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, Func<byte, bool> p)
    {
        SeqUtil.NoArgs(name, args, kw);
        var d = Data(self);
        if (d.Length == 0) return Py.False;
        foreach (var c in d) if (!p(c)) return Py.False;
        return Py.True;
    }

    private static PyObject SplitImpl(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        var a = ArgParser.Bind(name, args, kw, s_splitNames, 0);
        byte[]? sep = a[0] is null || a[0] is PyNone ? null : BytesOps.RequireBytes(a[0]!);
        long max = a[1] is null ? -1 : Ops.AsIndex(a[1]!);
        var d = Data(self);
        List<byte[]> parts;
        if (name == "rsplit" && max >= 0)
        {
            // rsplit: split the reversed data with the reversed separator, then reverse back.
            var rev = d.ToArray(); Array.Reverse(rev);
            byte[]? rsep = sep is null ? null : (byte[])sep.Clone();
            if (rsep is not null) Array.Reverse(rsep);
            parts = BytesOps.Split(rev, rsep, max);
            parts.Reverse();
            foreach (var p in parts) Array.Reverse(p);
        }
        else parts = BytesOps.Split(d, sep, max);
        var r = new PyList(parts.Count);
        foreach (var p in parts) r.Append(Make(self, p));
        return r;
    }

    private static PyObject StripImpl(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool left, bool right)
    {
        SeqUtil.ArgRange(name, args, kw, 0, 1);
        byte[]? chars = args.Length == 0 || args[0] is PyNone ? null : BytesOps.RequireBytes(args[0]);
        return Make(self, BytesOps.Strip(Data(self), chars, left, right));
    }

    private static PyObject StartsEnds(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool ends)
    {
        SeqUtil.ArgRange(name, args, kw, 1, 3);
        long start = args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0;
        long end = args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue;
        return Py.Bool(BytesOps.StartsEnds(Data(self), args[0], start, end, ends, name));
    }

    private static long FindImpl(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool reverse)
    {
        SeqUtil.ArgRange(name, args, kw, 1, 3);
        long start = args.Length > 1 ? SeqUtil.SliceArg(args[1], 0) : 0;
        long end = args.Length > 2 ? SeqUtil.SliceArg(args[2], long.MaxValue) : long.MaxValue;
        return BytesOps.Find(Data(self), BytesOps.Needle(args[0]), start, end, reverse);
    }
}
