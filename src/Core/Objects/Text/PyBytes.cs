// bytes: an immutable sequence of bytes. Indexing yields ints; slicing yields bytes.
namespace GilRuntime.Core.Objects;

public class PyBytes(byte[] value) : PyObject
{
    public static readonly PyBytes Empty = new([]);
    public static readonly PyType TypeObject = CreateType();

    private static PyType CreateType()
    {
        var t = PyType.Builtin("bytes", typeof(PyBytes), null, NewBytes);
        BytesMethods.Register(t);
        SeqUtil.RegisterOperatorDunders(t, true, [Objects.BinaryOp.Add, Objects.BinaryOp.Multiply, Objects.BinaryOp.Remainder], []);
        return t;
    }

    public byte[] Value { get; } = value;

    private long _hash = -1;

    public static PyBytes From(byte[] data) => data.Length == 0 ? Empty : new PyBytes(data);

    private static PyObject NewBytes(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 1 && kw is null && args[0] is PyBytes b) return b;
        return From(BytesOps.Construct("bytes", args, kw, "bytes must be in range(0, 256)"));
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Value.Length != 0;
    public override bool HasLength => true;
    public override long Length() => Value.Length;
    public override string Repr() => BytesOps.Repr(Value);
    public override string Str() => Repr();

    public override long Hash()
    {
        if (_hash != -1) return _hash;
        ulong h = 14695981039346656037UL;
        unchecked
        {
            foreach (byte c in Value) { h ^= c; h *= 1099511628211UL; }
            h ^= h >> 29;
        }
        long r = (long)h;
        if (r == -1) r = -2;
        return _hash = r;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) => CompareBytes(Value, other, op);

    internal static PyObject CompareBytes(ReadOnlySpan<byte> a, PyObject other, CompareOp op)
    {
        var b = BytesOps.AsSpanOrNull(other, out bool ok);
        if (!ok) return Py.NotImplemented;
        int c = a.SequenceCompareTo(b);
        return Py.Bool(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    public override PyObject GetItem(PyObject key)
    {
        if (SeqUtil.TryIndex(key, out long i))
        {
            if (i < 0) i += Value.Length;
            if ((ulong)i >= (ulong)Value.Length) throw PyErr.IndexError("index out of range");
            return PyInt.From(Value[i]);
        }
        if (key is PySlice s) return From(SliceOf(Value, s));
        throw PyErr.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
    }

    internal static byte[] SliceOf(ReadOnlySpan<byte> data, PySlice s)
    {
        s.GetIndices(data.Length, out long start, out _, out long step, out long n);
        if (n <= 0) return [];
        if (step == 1) return data.Slice((int)start, (int)n).ToArray();
        var r = new byte[n];
        for (long k = 0, j = start; k < n; k++, j += step) r[k] = data[(int)j];
        return r;
    }

    internal static bool ContainsIn(ReadOnlySpan<byte> data, PyObject item)
    {
        if (item is PyInt || (item is not PyBytes && item is not PyByteArray && item.Index() is not null))
            return data.IndexOf(BytesOps.ByteValue(item)) >= 0;
        var b = BytesOps.RequireBytes(item);
        return data.IndexOf(b) >= 0;
    }

    public override void DelItem(PyObject key) =>
        throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");

    public override bool Contains(PyObject item) => ContainsIn(Value, item);
    public override PyObject Iter() => new PyBytesIterator(this);

    public override PyObject? SequenceConcat(PyObject other)
    {
        var b = BytesOps.AsSpanOrNull(other, out bool ok);
        if (!ok) throw PyErr.TypeError($"can't concat {other.Type.Name} to bytes");
        var r = new byte[Value.Length + b.Length];
        Value.CopyTo(r, 0);
        b.CopyTo(r.AsSpan(Value.Length));
        return From(r);
    }

    public override PyObject? SequenceRepeat(long count) => From(Repeat(Value, count));

    internal static byte[] Repeat(ReadOnlySpan<byte> data, long count)
    {
        if (count <= 0 || data.Length == 0) return [];
        if (count > int.MaxValue / data.Length) throw PyErr.OverflowError("repeated bytes are too long");
        var r = new byte[data.Length * count];
        for (long k = 0; k < count; k++) data.CopyTo(r.AsSpan((int)(k * data.Length)));
        return r;
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        op == Objects.BinaryOp.Remainder ? From(BytesPercent.Format(Value, other)) : Py.NotImplemented;
}
