// re.RegexFlag: an int whose repr names its flags ("re.IGNORECASE|re.MULTILINE"), as the enum.IntFlag
// subclass CPython defines in Lib/re/__init__.py. |, & and ^ between flags (or a flag and an int)
// give a flag again; every other operation is int's.
namespace GilRuntime.Core.Modules.Re;

using GilRuntime.Core.Objects;

public sealed class PyRegexFlag : PyInt
{
    public static readonly PyType TypeObject = MakeType();

    // Definition order of RegexFlag's members (the order its repr lists them in).
    private static readonly (string Name, int Value)[] s_members =
    [
        ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
        ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
    ];

    public PyRegexFlag(long value) : base(value) { }

    public override PyType Type => TypeObject;

    public override string Repr()
    {
        long v = Value;
        if (v == 0) return "re.NOFLAG";
        var parts = new List<string>();
        long rest = v;
        foreach (var (name, bit) in s_members)
            if ((v & bit) != 0) { parts.Add("re." + name); rest &= ~bit; }
        if (rest != 0) parts.Add("0x" + rest.ToString("x"));
        return string.Join("|", parts);
    }

    public override string Str() => Repr();

    public override string Format(string spec) => spec.Length == 0 ? Repr() : base.Format(spec);

    public override PyObject BinaryOp(BinaryOp op, PyObject other)
    {
        if (op is Objects.BinaryOp.Or or Objects.BinaryOp.And or Objects.BinaryOp.Xor && other is PyInt o && o.IsSmall && other is not PyBool)
        {
            long v = op switch
            {
                Objects.BinaryOp.Or => Value | o.Value,
                Objects.BinaryOp.And => Value & o.Value,
                _ => Value ^ o.Value,
            };
            return new PyRegexFlag(v);
        }
        return base.BinaryOp(op, other);
    }

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        op is Objects.BinaryOp.Or or Objects.BinaryOp.And or Objects.BinaryOp.Xor && left is PyInt { IsSmall: true } and not PyBool
            ? BinaryOp(op, left)
            : base.ReflectedBinaryOp(op, left);

    private static PyType MakeType()
    {
        var t = PyType.Builtin("RegexFlag", typeof(PyRegexFlag), PyInt.TypeObject);
        t.Module = "re";
        return t;
    }
}
