// os.stat_result: a 10-item tuple (mode, ino, dev, nlink, uid, gid, size and the three times as whole
// seconds) with more fields by name only: float times, nanosecond times, st_blksize, st_blocks, st_rdev.
namespace GilRuntime.Core.Modules;

using System.Numerics;
using System.Text;
using GilRuntime.Core.Objects;

public sealed class PyStatResult : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static readonly string[] s_fields =
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

    private readonly PosixNative.StatBuf _st;

    public PyTuple Tuple { get; }

    internal PyStatResult(PosixNative.StatBuf st)
    {
        _st = st;
        Tuple = new PyTuple([
            PyInt.From(st.Mode), PyInt.From(new BigInteger(st.Ino)), PyInt.From(new BigInteger(st.Dev)), PyInt.From(new BigInteger(st.Nlink)),
            PyInt.From(st.Uid), PyInt.From(st.Gid), PyInt.From(st.Size), PyInt.From(st.ASec), PyInt.From(st.MSec), PyInt.From(st.CSec),
        ]);
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("stat_result", typeof(PyStatResult), PyTuple.TypeObject);
        t.Module = "os";
        return t;
    }

    public override PyType Type => TypeObject;

    public long Mode => _st.Mode;
    public long Size => _st.Size;

    public override PyObject? LookupAttr(PyStr name)
    {
        int i = Array.IndexOf(s_fields, name.Value);
        switch (name.Value)
        {
            case "st_atime": return new PyFloat(_st.ASec + _st.ANsec * 1e-9);
            case "st_mtime": return new PyFloat(_st.MSec + _st.MNsec * 1e-9);
            case "st_ctime": return new PyFloat(_st.CSec + _st.CNsec * 1e-9);
            case "st_atime_ns": return PyInt.From(new BigInteger(_st.ASec) * 1_000_000_000 + _st.ANsec);
            case "st_mtime_ns": return PyInt.From(new BigInteger(_st.MSec) * 1_000_000_000 + _st.MNsec);
            case "st_ctime_ns": return PyInt.From(new BigInteger(_st.CSec) * 1_000_000_000 + _st.CNsec);
            case "st_blksize": return PyInt.From(_st.Blksize);
            case "st_blocks": return PyInt.From(_st.Blocks);
            case "st_rdev": return PyInt.From(new BigInteger(_st.Rdev));
        }
        if (i >= 0) return Tuple[i];
        return base.LookupAttr(name);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("os.stat_result(");
        for (int i = 0; i < s_fields.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(s_fields[i]).Append('=').Append(Ops.Repr(Tuple[i]));
        }
        return sb.Append(')').ToString();
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        Tuple.RichCompare(other is PyStatResult s ? s.Tuple : other, op);
    public override long Hash() => Tuple.Hash();
    public override PyObject GetItem(PyObject key) => Tuple.GetItem(key);
    public override PyObject Iter() => Tuple.Iter();
    public override long Length() => Tuple.Count;
    public override bool HasLength => true;
    public override bool Contains(PyObject item) => Tuple.Contains(item);
}
