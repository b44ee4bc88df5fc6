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
        PyClassMethodDescriptor.Add(t, "fromhex", static (type, args, kw) =>
        {
            var s = SeqUtil.OneArg("fromhex", args, kw);
            if (s is not PyStr str) throw PyErr.TypeError($"fromhex() argument must be str, not {s.Type.Name}");
            var data = BytesOps.FromHex(str.Value);
            return ReferenceEquals(type, PyByteArray.TypeObject) ? new PyByteArray(data) : PyBytes.From(data);
        });
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
