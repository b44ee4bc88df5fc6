// Inline fast paths for arithmetic and comparison on exact small ints and floats; anything else
// goes through Ops (the abstract number protocol) with CPython's fallback order.
namespace GilRuntime.Core.Runtime;

using System.Numerics;
using System.Runtime.CompilerServices;
using Unsafe = System.Runtime.CompilerServices.Unsafe;
using GilRuntime.Core.Objects;

internal static partial class EvalLoop
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject BinaryOpFast(PyObject a, PyObject b, int oparg)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt)
            && Unsafe.As<PyInt>(a) is { IsSmall: true } x && Unsafe.As<PyInt>(b) is { IsSmall: true } y)
        {
            long l = x.Value, r = y.Value;
            switch (oparg)
            {
                case 0: case 13:  // +
                {
                    long s = l + r;
                    if (((l ^ s) & (r ^ s)) >= 0) return PyInt.From(s);
                    return PyInt.From((BigInteger)l + r);
                }
                case 10: case 23: // -
                {
                    long s = l - r;
                    if (((l ^ r) & (l ^ s)) >= 0) return PyInt.From(s);
                    return PyInt.From((BigInteger)l - r);
                }
                case 5: case 18:  // *
                {
                    long hi = Math.BigMul(l, r, out long lo);
                    if (hi == (lo >> 63)) return PyInt.From(lo);
                    return PyInt.From((BigInteger)l * r);
                }
                case 2: case 15:  // //
                    if (r != 0 && !(l == long.MinValue && r == -1))
                    {
                        long q = l / r;
                        if ((l % r != 0) && ((l < 0) != (r < 0))) q--;
                        return PyInt.From(q);
                    }
                    break;
                case 6: case 19:  // %
                    if (r != 0 && !(l == long.MinValue && r == -1))
                    {
                        long m = l % r;
                        if (m != 0 && ((m < 0) != (r < 0))) m += r;
                        return PyInt.From(m);
                    }
                    break;
                case 1: case 14: return PyInt.From(l & r);
                case 7: case 20: return PyInt.From(l | r);
                case 12: case 25: return PyInt.From(l ^ r);
                case 11: case 24: // /
                    if (r != 0 && Math.Abs(l) < (1L << 53) && Math.Abs(r) < (1L << 53))
                        return new PyFloat((double)l / r);
                    break;
            }
        }
        else if (a.GetType() == typeof(PyFloat))
        {
            double l = Unsafe.As<PyFloat>(a).Value, r;
            if (b.GetType() == typeof(PyFloat)) r = Unsafe.As<PyFloat>(b).Value;
            else if (b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(b) is { IsSmall: true } ib && Math.Abs(ib.Value) < (1L << 53)) r = ib.Value;
            else return BinaryOpSlow(a, b, oparg);
            switch (oparg)
            {
                case 0: case 13: return new PyFloat(l + r);
                case 10: case 23: return new PyFloat(l - r);
                case 5: case 18: return new PyFloat(l * r);
                case 11: case 24: if (r != 0.0) return new PyFloat(l / r); break;
            }
        }
        else if (b.GetType() == typeof(PyFloat) && a.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a) is { IsSmall: true } ia
            && Math.Abs(ia.Value) < (1L << 53))
        {
            double l = ia.Value, r = Unsafe.As<PyFloat>(b).Value;
            switch (oparg)
            {
                case 0: case 13: return new PyFloat(l + r);
                case 10: case 23: return new PyFloat(l - r);
                case 5: case 18: return new PyFloat(l * r);
                case 11: case 24: if (r != 0.0) return new PyFloat(l / r); break;
            }
        }
        return BinaryOpSlow(a, b, oparg);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject BinaryOpSlow(PyObject a, PyObject b, int oparg) =>
        oparg >= 13 ? Ops.InplaceOp(a, b, (BinaryOp)(oparg - 13)) : Ops.BinaryOp(a, b, (BinaryOp)oparg);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareLongs(long a, long b, int op) => op switch
    {
        0 => a < b,
        1 => a <= b,
        2 => a == b,
        3 => a != b,
        4 => a > b,
        _ => a >= b,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareDoubles(double a, double b, int op) => op switch
    {
        0 => a < b,
        1 => a <= b,
        2 => a == b,
        3 => a != b,
        4 => a > b,
        _ => a >= b,
    };
}
