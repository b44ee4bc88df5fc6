// int: arbitrary precision with a `long` fast path. A value that fits in a long is stored there and
// _big is null; BigInteger is used only beyond that range. Small ints -5..256 are cached as in CPython.
namespace GilRuntime.Core.Objects;

using System.Numerics;

public class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("int", typeof(PyInt));

    private const int SmallMin = -5, SmallMax = 256;
    private static readonly PyInt[] s_small = MakeSmall();

    private readonly long _value;
    private readonly BigInteger? _big;

    protected PyInt(long value) { _value = value; }
    private PyInt(BigInteger big) { _big = big; }

    private static PyInt[] MakeSmall()
    {
        var a = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(i + SmallMin);
        return a;
    }

    public static PyInt From(long v) =>
        (ulong)(v - SmallMin) <= (ulong)(SmallMax - SmallMin) ? s_small[v - SmallMin] : new PyInt(v);

    public static PyInt From(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? From((long)v) : new PyInt(v);

    /// <summary>True when the value fits in a long (then Value is valid).</summary>
    public bool IsSmall => _big is null;
    /// <summary>The value; valid only when IsSmall.</summary>
    public long Value => _value;
    public BigInteger ToBigInteger() => _big ?? _value;

    public override PyType Type => TypeObject;
    public override string Repr() => IsSmall ? _value.ToString(System.Globalization.CultureInfo.InvariantCulture) : _big!.Value.ToString();
    public override bool IsTrue() => !IsSmall || _value != 0;
    public override PyInt? Index() => this;
}
