// The math module (CPython's Modules/mathmodule.c): libm functions with CPython's error mapping
// (a nan from non-nan input is ValueError "math domain error", an infinity from finite input is
// OverflowError "math range error" where the function can overflow), exact integer functions on
// BigInteger, and Shewchuk's exact fsum.
namespace GilRuntime.Core.Modules;

using System.Numerics;
using System.Runtime.InteropServices;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static partial class MathModule
{
    public static PyModule Create()
    {
        var m = new PyModule("math");
        m.Add("__doc__", PyStr.From("This module provides access to the mathematical functions\ndefined by the C standard."));
        m.Add("pi", new PyFloat(Math.PI));
        m.Add("e", new PyFloat(Math.E));
        m.Add("tau", new PyFloat(Math.Tau));
        m.Add("inf", new PyFloat(double.PositiveInfinity));
        m.Add("nan", new PyFloat(double.NaN));

        Unary(m, "sqrt", Math.Sqrt, false);
        Unary(m, "exp", Math.Exp, true);
        Unary(m, "exp2", x => Math.Pow(2.0, x), true);
        Unary(m, "expm1", LibM.expm1, true);
        Unary(m, "cbrt", Math.Cbrt, false);
        Unary(m, "sin", Math.Sin, false);
        Unary(m, "cos", Math.Cos, false);
        Unary(m, "tan", Math.Tan, false);
        Unary(m, "asin", Math.Asin, false);
        Unary(m, "acos", Math.Acos, false);
        Unary(m, "atan", Math.Atan, false);
        Unary(m, "sinh", Math.Sinh, true);
        Unary(m, "cosh", Math.Cosh, true);
        Unary(m, "tanh", Math.Tanh, false);
        Unary(m, "asinh", Math.Asinh, false);
        Unary(m, "acosh", Math.Acosh, false);
        Unary(m, "atanh", Math.Atanh, false);
        Unary(m, "fabs", Math.Abs, false);
        Unary(m, "erf", LibM.erf, false);
        Unary(m, "erfc", LibM.erfc, false);
        Unary(m, "log1p", LibM.log1p, false);
        Unary(m, "gamma", Gamma, true);
        Unary(m, "lgamma", LGamma, true);
        Unary(m, "degrees", x => x * (180.0 / Math.PI), true);
        Unary(m, "radians", x => x * (Math.PI / 180.0), false);

        m.AddFunction("log", (args, kw) =>
        {
            ArgParser.Range("log", args, kw, 1, 2);
            double num = LogHelper(args[0], Math.Log);
            if (args.Length == 1) return new PyFloat(num);
            double den = LogHelper(args[1], Math.Log);
            if (den == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(num / den);
        });
        m.AddFunction("log2", (args, kw) => { ArgParser.Exactly("log2", args, kw, 1); return new PyFloat(LogHelper(args[0], Math.Log2)); });
        m.AddFunction("log10", (args, kw) => { ArgParser.Exactly("log10", args, kw, 1); return new PyFloat(LogHelper(args[0], Math.Log10)); });
        m.AddFunction("pow", (args, kw) => { ArgParser.Exactly("pow", args, kw, 2); return new PyFloat(Pow(ToDouble(args[0]), ToDouble(args[1]))); });
        m.AddFunction("atan2", (args, kw) => { ArgParser.Exactly("atan2", args, kw, 2); return new PyFloat(Math.Atan2(ToDouble(args[0]), ToDouble(args[1]))); });
        m.AddFunction("copysign", (args, kw) => { ArgParser.Exactly("copysign", args, kw, 2); return new PyFloat(Math.CopySign(ToDouble(args[0]), ToDouble(args[1]))); });
        m.AddFunction("fmod", (args, kw) => { ArgParser.Exactly("fmod", args, kw, 2); return new PyFloat(Fmod(ToDouble(args[0]), ToDouble(args[1]))); });
        m.AddFunction("remainder", (args, kw) => { ArgParser.Exactly("remainder", args, kw, 2); return new PyFloat(Remainder(ToDouble(args[0]), ToDouble(args[1]))); });
        m.AddFunction("hypot", (args, kw) =>
        {
            ArgParser.NoKeywords("hypot", kw);
            var xs = new double[args.Length];
            for (int i = 0; i < xs.Length; i++) xs[i] = ToDouble(args[i]);
            return new PyFloat(Hypot(xs));
        });
        m.AddFunction("dist", (args, kw) =>
        {
            ArgParser.Exactly("dist", args, kw, 2);
            var p = Ops.ToClrList(args[0]); var q = Ops.ToClrList(args[1]);
            if (p.Count != q.Count) throw PyErr.ValueError("both points must have the same number of dimensions");
            var d = new double[p.Count];
            for (int i = 0; i < d.Length; i++) d[i] = ToDouble(p[i]) - ToDouble(q[i]);
            return new PyFloat(Hypot(d));
        });
        m.AddFunction("floor", (args, kw) => { ArgParser.Exactly("floor", args, kw, 1); return FloorCeil(args[0], "__floor__", Math.Floor); });
        m.AddFunction("ceil", (args, kw) => { ArgParser.Exactly("ceil", args, kw, 1); return FloorCeil(args[0], "__ceil__", Math.Ceiling); });
        m.AddFunction("trunc", (args, kw) =>
        {
            ArgParser.Exactly("trunc", args, kw, 1);
            var x = args[0];
            if (x is PyFloat f) return PyInt.FromDouble(f.Value);
            if (x is PyInt i) return i.ToInt()!;
            var method = Ops.LookupAttr(x, "__trunc__")
                ?? throw PyErr.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
            return method.Call([], null);
        });
        m.AddFunction("modf", (args, kw) =>
        {
            ArgParser.Exactly("modf", args, kw, 1);
            double x = ToDouble(args[0]);
            if (double.IsInfinity(x)) return new PyTuple([new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x)]);
            double ip = Math.Truncate(x);
            return new PyTuple([new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip)]);
        });
        m.AddFunction("frexp", (args, kw) =>
        {
            ArgParser.Exactly("frexp", args, kw, 1);
            double x = ToDouble(args[0]);
            var (mant, e) = Frexp(x);
            return new PyTuple([new PyFloat(mant), PyInt.From(e)]);
        });
        m.AddFunction("ldexp", (args, kw) =>
        {
            ArgParser.Exactly("ldexp", args, kw, 2);
            double x = ToDouble(args[0]);
            if (args[1] is not PyInt ei) throw PyErr.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return new PyFloat(x);
            var e = ei.ToBigInteger();
            if (e > 100000) throw PyErr.OverflowError("math range error");
            if (e < -100000) return new PyFloat(Math.CopySign(0.0, x));
            double r = Math.ScaleB(x, (int)e);
            if (double.IsInfinity(r)) throw PyErr.OverflowError("math range error");
            return new PyFloat(r);
        });
        m.AddFunction("isnan", (args, kw) => { ArgParser.Exactly("isnan", args, kw, 1); return Py.Bool(double.IsNaN(ToDouble(args[0]))); });
        m.AddFunction("isinf", (args, kw) => { ArgParser.Exactly("isinf", args, kw, 1); return Py.Bool(double.IsInfinity(ToDouble(args[0]))); });
        m.AddFunction("isfinite", (args, kw) => { ArgParser.Exactly("isfinite", args, kw, 1); return Py.Bool(double.IsFinite(ToDouble(args[0]))); });
        m.AddFunction("isclose", IsClose);
        m.AddFunction("nextafter", (args, kw) => { ArgParser.Exactly("nextafter", args, kw, 2); return new PyFloat(NextAfter(ToDouble(args[0]), ToDouble(args[1]))); });
        m.AddFunction("ulp", (args, kw) => { ArgParser.Exactly("ulp", args, kw, 1); return new PyFloat(Ulp(ToDouble(args[0]))); });
        m.AddFunction("fsum", (args, kw) => { ArgParser.Exactly("fsum", args, kw, 1); return new PyFloat(FSum(args[0])); });
        m.AddFunction("prod", Prod);

        m.AddFunction("gcd", (args, kw) =>
        {
            ArgParser.NoKeywords("gcd", kw);
            BigInteger g = 0;
            foreach (var a in args) g = BigInteger.GreatestCommonDivisor(g, Ops.Index(a).ToBigInteger());
            return PyInt.From(g);
        });
        m.AddFunction("lcm", (args, kw) =>
        {
            ArgParser.NoKeywords("lcm", kw);
            BigInteger l = 1;
            foreach (var a in args)
            {
                var v = BigInteger.Abs(Ops.Index(a).ToBigInteger());
                if (l.IsZero || v.IsZero) { l = 0; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        m.AddFunction("isqrt", (args, kw) =>
        {
            ArgParser.Exactly("isqrt", args, kw, 1);
            var n = Ops.Index(args[0]).ToBigInteger();
            if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        m.AddFunction("factorial", (args, kw) =>
        {
            ArgParser.Exactly("factorial", args, kw, 1);
            var n = Ops.Index(args[0]);
            if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
            if (!n.IsSmall) throw PyErr.OverflowError("factorial() argument should not exceed 9223372036854775807");
            return PyInt.From(Product(1, n.Value));
        });
        m.AddFunction("comb", (args, kw) =>
        {
            ArgParser.Exactly("comb", args, kw, 2);
            var n = Ops.Index(args[0]).ToBigInteger();
            var k = Ops.Index(args[1]).ToBigInteger();
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (n - k < k) k = n - k;
            if (k > int.MaxValue) throw PyErr.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            BigInteger r = 1;
            for (long i = 0; i < (long)k; i++) r = r * (n - i) / (i + 1);
            return PyInt.From(r);
        });
        m.AddFunction("perm", (args, kw) =>
        {
            ArgParser.Range("perm", args, kw, 1, 2);
            var n = Ops.Index(args[0]).ToBigInteger();
            bool noK = args.Length == 1 || args[1] is PyNone;
            // perm(n) is factorial(n), and fails with factorial's message.
            if (n.Sign < 0) throw PyErr.ValueError(noK ? "factorial() not defined for negative values" : "n must be a non-negative integer");
            BigInteger k = args.Length == 2 && args[1] is not PyNone ? Ops.Index(args[1]).ToBigInteger() : n;
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > int.MaxValue) throw PyErr.OverflowError($"k must not exceed {long.MaxValue}");
            BigInteger r = 1;
            for (long i = 0; i < (long)k; i++) r *= n - i;
            return PyInt.From(r);
        });
        return m;
    }

    // ---- argument conversion -------------------------------------------------------------------------
    /// <summary>PyFloat_AsDouble: float, int (exactly rounded), __float__, __index__; TypeError otherwise.</summary>
    public static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return PyInt.ToDouble(i);
        }
        var r = o.ToFloat();
        if (r is PyFloat rf) return rf.Value;
        if (r is not null) throw PyErr.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        var idx = o.Index();
        if (idx is not null) return PyInt.ToDouble(idx);
        throw PyErr.TypeError($"must be real number, not {o.Type.Name}");
    }

    private static void Unary(PyModule m, string name, Func<double, double> f, bool canOverflow) =>
        m.AddFunction(name, (args, kw) =>
        {
            ArgParser.Exactly(name, args, kw, 1);
            double x = ToDouble(args[0]);
            return new PyFloat(Check(f(x), x, canOverflow));
        });

    private static double Check(double r, double x, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x))
            throw canOverflow ? RangeError() : DomainError();
        return r;
    }

    private static PyException DomainError() => PyErr.ValueError("math domain error");
    private static PyException RangeError() => PyErr.OverflowError("math range error");

    // ---- functions ---------------------------------------------------------------------------------------
    private static double LogHelper(PyObject x, Func<double, double> f)
    {
        if (x is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            if (i.IsSmall) return f(i.Value);
            var b = i.ToBigInteger();
            long bits = (long)b.GetBitLength();
            if (bits < 1000) return f(PyInt.ToDouble(i));
            // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2), scaled to the base by f
            long shift = bits - 64;
            double m = (double)(b >> (int)shift) * Math.ScaleB(1.0, -64);
            long e = shift + 64;
            return f(m) + e * f(2.0);
        }
        double v = ToDouble(x);
        if (double.IsNaN(v)) return v;
        if (v <= 0) throw DomainError();
        return f(v);
    }

    private static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool odd = IsOddInteger(y);
                if (y > 0) return odd ? x : Math.Abs(x);
                if (y == 0) return 1.0;
                return odd ? Math.CopySign(0.0, x) : 0.0;
            }
            // y infinite
            if (Math.Abs(x) == 1.0) return 1.0;
            return (y > 0) == (Math.Abs(x) > 1.0) ? double.PositiveInfinity : 0.0;
        }
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r))
        {
            if (x == 0) throw DomainError();
            throw RangeError();
        }
        return r;
    }

    private static bool IsOddInteger(double y) => Math.Abs(y) < 9007199254740992.0 && y == Math.Floor(y) && Math.Abs(y % 2) == 1;

    private static double Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        double r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return r;
    }

    private static double Remainder(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x) || y == 0) throw DomainError();
        if (double.IsInfinity(y)) return x;
        return Math.IEEERemainder(x, y);
    }

    /// <summary>CPython's vector_norm semantics: inf wins over nan; otherwise scaled to avoid overflow.</summary>
    private static double Hypot(double[] xs)
    {
        double max = 0;
        bool foundNan = false;
        foreach (var v in xs)
        {
            double a = Math.Abs(v);
            if (double.IsNaN(a)) foundNan = true;
            else if (a > max) max = a;
        }
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0 || xs.Length <= 1) return max;
        if (xs.Length == 2) return HypotPair(xs[0], xs[1]);
        // scale by a power of two, then a compensated sum of squares
        int exp = Math.ILogB(max);
        double sum = 0, comp = 0;
        foreach (var v in xs)
        {
            double t = Math.ScaleB(v, -exp);
            double sq = t * t;
            double y = sq - comp;
            double s = sum + y;
            comp = (s - sum) - y;
            sum = s;
        }
        return Math.ScaleB(Math.Sqrt(sum), exp);
    }

    private static double HypotPair(double x, double y) => LibM.hypot(x, y);

    private static PyObject FloorCeil(PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyFloat fl) return PyInt.FromDouble(f(fl.Value));
        if (x is PyInt i) return i.ToInt()!;
        var method = Ops.LookupAttr(x, dunder);
        if (method is not null) return method.Call([], null);
        return PyInt.FromDouble(f(ToDouble(x)));
    }

    private static (double, int) Frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return (x, 0);
        int e = Math.ILogB(x) + 1;
        double m = Math.ScaleB(x, -e);
        if (Math.Abs(m) >= 1.0) { m /= 2; e++; }
        else if (Math.Abs(m) < 0.5) { m *= 2; e--; }
        return (m, e);
    }

    private static readonly string[] s_iscloseNames = ["a", "b", "rel_tol", "abs_tol"];

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("isclose", args, kw, s_iscloseNames, 2, 0, 2);
        double x = ToDouble(a[0]!), y = ToDouble(a[1]!);
        double rel = a[2] is null ? 1e-9 : ToDouble(a[2]!), abs = a[3] is null ? 0.0 : ToDouble(a[3]!);
        if (rel < 0 || abs < 0) throw PyErr.ValueError("tolerances must be non-negative");
        if (x == y) return Py.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return Py.False;
        double diff = Math.Abs(y - x);
        return Py.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
    }

    private static readonly string[] s_prodNames = ["iterable", "start"];

    private static PyObject Prod(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("prod", args, kw, s_prodNames, 1, 1, 1);
        PyObject result = a[1] ?? PyInt.From(1);
        var it = Ops.GetIter(a[0]!);
        for (var x = it.Next(); x is not null; x = it.Next())
            result = result is PyInt ri && x is PyInt xi ? PyInt.Multiply(ri, xi) : Ops.BinaryOp(result, x, BinaryOp.Multiply);
        return result;
    }

    private static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x == y) return y;
        if (x == 0) return Math.CopySign(double.Epsilon, y);
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double next = Math.BitIncrement(x);
        if (double.IsInfinity(next)) return x - Math.BitDecrement(x);
        return next - x;
    }

    /// <summary>Shewchuk's exactly rounded sum, with CPython's handling of infinities and overflow.</summary>
    public static double FSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = Ops.GetIter(iterable);
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            double x = ToDouble(item), xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw PyErr.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyErr.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        int n = partials.Count;
        double total = 0.0;
        if (n > 0)
        {
            total = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = total, y = partials[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        if (n < (BigInteger.One << 52))
        {
            long v = (long)n, r = (long)Math.Sqrt(v);
            while (r * r > v) r--;
            while ((r + 1) * (r + 1) <= v) r++;
            return r;
        }
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>lo * (lo+1) * ... * hi by binary splitting.</summary>
    private static BigInteger Product(long lo, long hi)
    {
        if (hi < lo) return 1;
        if (hi - lo < 16)
        {
            BigInteger r = 1;
            long acc = 1;
            for (long i = lo; i <= hi; i++)
            {
                long h = Math.BigMul(acc, i, out long l);
                if (h != 0 || l < 0) { r *= acc; acc = i; }
                else acc = l;
            }
            return r * acc;
        }
        long mid = lo + (hi - lo) / 2;
        return Product(lo, mid) * Product(mid + 1, hi);
    }

    // ---- gamma and lgamma: CPython's own Lanczos approximation (Modules/mathmodule.c m_tgamma/m_lgamma,
    // the Boost coefficients with g = 6.024680040776729583740234375), so results match it bit for bit.
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;
    private static readonly double[] s_lanczosNum =
    [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    private static readonly double[] s_lanczosDen =
        [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
    /// <summary>(n-1)! for n = 1..23, exact in a double.</summary>
    private static readonly double[] s_gammaIntegral = MakeFactorials();

    private static double[] MakeFactorials()
    {
        var a = new double[23];
        double f = 1;
        for (int i = 0; i < a.Length; i++) { a[i] = f; f *= i + 1; }
        return a;
    }

    private static double LanczosSum(double x)
    {
        double num = 0, den = 0;
        int n = s_lanczosNum.Length;
        if (x < 5.0)
            for (int i = n - 1; i >= 0; i--) { num = num * x + s_lanczosNum[i]; den = den * x + s_lanczosDen[i]; }
        else
            for (int i = 0; i < n; i++) { num = num / x + s_lanczosNum[i]; den = den / x + s_lanczosDen[i]; }
        return num / den;
    }

    /// <summary>sin(pi * x), accurate near the integers.</summary>
    private static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static double Gamma(double x)
    {
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x) || x == 0 || (x < 0 && x == Math.Floor(x))) throw DomainError();
        if (x == Math.Floor(x) && x <= s_gammaIntegral.Length) return s_gammaIntegral[(int)x - 1];
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double t = 1.0 / x;
            if (double.IsInfinity(t)) throw RangeError();
            return t;
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return 0.0 / SinPi(x);
            throw RangeError();
        }
        double y = absx + LanczosGMinusHalf, z;
        if (absx > LanczosGMinusHalf) { double q = y - absx; z = q - LanczosGMinusHalf; }
        else { double q = y - LanczosGMinusHalf; z = q - absx; }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else { double sp = Math.Pow(y, absx / 2.0 - 0.25); r /= sp; r /= sp; }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else { double sp = Math.Pow(y, absx / 2.0 - 0.25); r *= sp; r *= sp; }
        }
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    private static double LGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) throw DomainError();
            return 0.0;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    /// <summary>The C library's functions .NET lacks (the same libm CPython links on this platform).</summary>
    private static partial class LibM
    {
        private const string Lib = "libm.so.6";
        [LibraryImport(Lib)] public static partial double expm1(double x);
        [LibraryImport(Lib)] public static partial double log1p(double x);
        [LibraryImport(Lib)] public static partial double erf(double x);
        [LibraryImport(Lib)] public static partial double erfc(double x);
        [LibraryImport(Lib)] public static partial double hypot(double x, double y);
    }
}
