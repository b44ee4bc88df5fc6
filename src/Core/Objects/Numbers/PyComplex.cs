// complex: a pair of doubles, with CPython's Objects/complexobject.c arithmetic (Smith's division,
// integer powers by repeated squaring, the polar form otherwise), repr and constructor.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

public class PyComplex(double real, double imag) : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("complex", typeof(PyComplex));

    public double Real { get; } = real;
    public double Imag { get; } = imag;

    static PyComplex() => RegisterMethods();

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Real != 0.0 || Imag != 0.0;
    public override string Format(string spec) => NumberFormat.FormatComplex(this, spec);

    public override string Repr()
    {
        string im = Part(Imag);
        if (Real == 0 && !double.IsNegative(Real)) return im + "j";
        string re = Part(Real);
        return "(" + re + (im[0] == '-' ? "" : "+") + im + "j)";
    }

    private static string Part(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        var s = FloatRepr.Format(Math.Abs(v), 'r', 0, false, false, false);
        return double.IsNegative(v) ? "-" + s : s;
    }

    public override long Hash()
    {
        ulong hr = (ulong)(double.IsNaN(Real) ? RuntimeHelpers.GetHashCode(this) : PyFloat.HashDouble(Real));
        ulong hi = (ulong)(double.IsNaN(Imag) ? RuntimeHelpers.GetHashCode(this) : PyFloat.HashDouble(Imag));
        long h = (long)(hr + 1000003UL * hi);
        return h == -1 ? -2 : h;
    }

    // ---- arithmetic --------------------------------------------------------------------------------
    private static bool TryAsComplex(PyObject o, out double re, out double im)
    {
        switch (o)
        {
            case PyComplex c: re = c.Real; im = c.Imag; return true;
            case PyFloat f: re = f.Value; im = 0; return true;
            case PyInt i: re = PyInt.ToDouble(i); im = 0; return true;
        }
        re = im = 0;
        return false;
    }

    public override PyObject BinaryOp(BinaryOp op, PyObject other) =>
        TryAsComplex(other, out var br, out var bi) ? ComplexOp(op, Real, Imag, br, bi) : Py.NotImplemented;

    public override PyObject ReflectedBinaryOp(BinaryOp op, PyObject left) =>
        TryAsComplex(left, out var ar, out var ai) ? ComplexOp(op, ar, ai, Real, Imag) : Py.NotImplemented;

    private static PyObject ComplexOp(BinaryOp op, double ar, double ai, double br, double bi) => op switch
    {
        Objects.BinaryOp.Add => new PyComplex(ar + br, ai + bi),
        Objects.BinaryOp.Subtract => new PyComplex(ar - br, ai - bi),
        Objects.BinaryOp.Multiply => new PyComplex(ar * br - ai * bi, ar * bi + ai * br),
        Objects.BinaryOp.TrueDivide => Quotient(ar, ai, br, bi, true),
        Objects.BinaryOp.Power => Pow(new PyComplex(ar, ai), new PyComplex(br, bi)),
        _ => Py.NotImplemented,
    };

    /// <summary>a / b (CPython's _Py_c_quot: Smith's method, scaled by the larger divisor part).</summary>
    private static PyComplex Quotient(double ar, double ai, double br, double bi, bool raise)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                if (raise) throw PyErr.ZeroDivisionError("complex division by zero");
                return new PyComplex(double.NaN, double.NaN);
            }
            double ratio = bi / br, denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(double.NaN, double.NaN);
    }

    /// <summary>a ** b with CPython's algorithm and errors.</summary>
    public static PyComplex Pow(PyComplex a, PyComplex b)
    {
        PyComplex r;
        if (b.Imag == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
        {
            int n = (int)b.Real;
            if (a.Real == 0 && a.Imag == 0 && n < 0)
                throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
            r = n > 0 ? PowU(a, n) : n == 0 ? new PyComplex(1, 0) : Quotient(1, 0, PowU(a, -n).Real, PowU(a, -n).Imag, false);
        }
        else if (b.Real == 0 && b.Imag == 0) r = new PyComplex(1, 0);
        else if (a.Real == 0 && a.Imag == 0)
        {
            if (b.Imag != 0 || b.Real < 0) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
            r = new PyComplex(0, 0);
        }
        else
        {
            double vabs = Hypot(a.Real, a.Imag);
            double len = Math.Pow(vabs, b.Real);
            double at = Math.Atan2(a.Imag, a.Real);
            double phase = at * b.Real;
            if (b.Imag != 0.0)
            {
                len /= Math.Exp(at * b.Imag);
                phase += b.Imag * Math.Log(vabs);
            }
            // C's cos/sin of an infinite phase set errno to EDOM, which CPython reports this way
            if (double.IsInfinity(phase)) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
            r = new PyComplex(len * Math.Cos(phase), len * Math.Sin(phase));
        }
        if (double.IsInfinity(r.Real) || double.IsInfinity(r.Imag))
            throw PyErr.OverflowError("complex exponentiation");
        return r;
    }

    private static PyComplex PowU(PyComplex x, int n)
    {
        double rr = 1, ri = 0, pr = x.Real, pi = x.Imag;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) (rr, ri) = (rr * pr - ri * pi, rr * pi + ri * pr);
            (pr, pi) = (pr * pr - pi * pi, pr * pi + pi * pr);
        }
        return new PyComplex(rr, ri);
    }

    internal static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        x = Math.Abs(x); y = Math.Abs(y);
        if (x < y) (x, y) = (y, x);
        if (x == 0) return 0;
        double r = y / x;
        return x * Math.Sqrt(1 + r * r);
    }

    public override PyObject TernaryPower(PyObject exp, PyObject mod)
    {
        if (mod is PyNone) return BinaryOp(Objects.BinaryOp.Power, exp);
        throw PyErr.ValueError("complex modulo");
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        bool eq;
        switch (other)
        {
            case PyComplex c: eq = Real == c.Real && Imag == c.Imag; break;
            case PyFloat f: eq = Imag == 0 && Real == f.Value; break;
            case PyInt i: eq = Imag == 0 && PyInt.CompareWithDouble(i, Real) == 0; break;
            default: return Py.NotImplemented;
        }
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }

    public override PyObject Negative() => new PyComplex(-Real, -Imag);
    public override PyObject Positive() => ReferenceEquals(Type, TypeObject) ? this : new PyComplex(Real, Imag);
    public override PyObject Absolute()
    {
        if (double.IsInfinity(Real) || double.IsInfinity(Imag)) return new PyFloat(double.PositiveInfinity);
        if (double.IsNaN(Real) || double.IsNaN(Imag)) return new PyFloat(double.NaN);
        double r = Math.Sqrt(Real * Real + Imag * Imag);
        if (double.IsInfinity(r) || r == 0 && (Real != 0 || Imag != 0)) r = Hypot(Real, Imag);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("absolute value too large");
        return new PyFloat(r);
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "real": return new PyFloat(Real);
            case "imag": return new PyFloat(Imag);
        }
        return base.LookupAttr(name);
    }

    // ---- Python-visible methods and the constructor ------------------------------------------------
    private static readonly string[] s_newNames = ["real", "imag"];

    private static void RegisterMethods()
    {
        var t = TypeObject;
        t.New = static (type, args, kw) => Construct(args, kw);
        NumberSlots.RegisterBinary(t, [Objects.BinaryOp.Add, Objects.BinaryOp.Subtract, Objects.BinaryOp.Multiply,
            Objects.BinaryOp.TrueDivide, Objects.BinaryOp.Power]);
        NumberSlots.RegisterCommon(t);
        t.Dict.Remove(PyStr.Intern("__float__"));
        t.AddMethod("conjugate", (self, args, kw) =>
        {
            NumberSlots.None("conjugate", args, kw);
            var c = (PyComplex)self;
            return new PyComplex(c.Real, -c.Imag);
        });
        t.AddMethod("__complex__", (self, args, kw) => self);
        t.AddMethod("__getnewargs__", (self, args, kw) =>
        {
            var c = (PyComplex)self;
            return new PyTuple([new PyFloat(c.Real), new PyFloat(c.Imag)]);
        });
    }

    private static PyObject Construct(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgParser.Bind("complex", args, kw, s_newNames, 0);
        var r = a[0]; var i = a[1];
        if (r is null) r = PyInt.From(0);
        if (r is PyStr s)
        {
            if (i is not null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
            return Parse(s.Value);
        }
        if (i is PyStr) throw PyErr.TypeError("complex() second arg can't be a string");
        if (r is PyComplex rc && i is null) return rc;
        double rr, ri = 0, ir = 0, ii = 0;
        if (!TryComplexArg(r, out rr, out ri, out bool rComplex))
            throw PyErr.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        bool iComplex = false;
        if (i is not null && !TryComplexArg(i, out ir, out ii, out iComplex))
            throw PyErr.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        // CPython's complex_new: the parts combine only where an argument really is complex, so
        // complex(1, -0.0) keeps its negative zero
        double re = iComplex ? rr - ii : rr;
        double im = rComplex ? (i is not null ? ir + ri : ri) : ir;
        return new PyComplex(re, im);
    }

    private static bool TryComplexArg(PyObject o, out double re, out double im, out bool isComplex)
    {
        isComplex = o is PyComplex;
        if (TryAsComplex(o, out re, out im)) return true;
        isComplex = true;
        var m = Ops.LookupAttr(o, "__complex__");
        if (m is not null)
        {
            var c = m.Call([], null) as PyComplex
                ?? throw PyErr.TypeError($"__complex__ returned non-complex");
            re = c.Real; im = c.Imag;
            return true;
        }
        isComplex = false;
        var f = o.ToFloat() ?? (PyObject?)(o.Index() is PyInt ix ? new PyFloat(PyInt.ToDouble(ix)) : null);
        if (f is PyFloat ff) { re = ff.Value; im = 0; return true; }
        return false;
    }

    /// <summary>complex(str): "1+2j", "(1-2.5e3j)", "j", "-inf+nanj" with optional whitespace and parentheses.</summary>
    public static PyComplex Parse(string s)
    {
        string original = s;
        s = PyInt.ToAsciiDigits(s);
        if (s.Contains('_'))
        {
            for (int k = 0; k < s.Length; k++)
                if (s[k] == '_' && (k == 0 || k + 1 == s.Length || !char.IsAsciiDigit(s[k - 1]) || !char.IsAsciiDigit(s[k + 1])))
                    throw PyErr.ValueError($"could not convert string to complex: {PyStr.From(original).Repr()}");
            s = s.Replace("_", "");
        }
        int pos = 0, end = s.Length;
        while (pos < end && PyInt.IsSpace(s[pos])) pos++;
        while (end > pos && PyInt.IsSpace(s[end - 1])) end--;
        if (pos < end && s[pos] == '(')
        {
            if (s[end - 1] != ')') throw Malformed();
            pos++; end--;
            while (pos < end && PyInt.IsSpace(s[pos])) pos++;
            while (end > pos && PyInt.IsSpace(s[end - 1])) end--;
        }
        var body = s.AsSpan(pos, end - pos);
        if (body.Length == 0) throw Malformed();
        int i = 0;
        int n1 = ScanNumber(body, i);
        double first = 1;
        bool hasFirst = n1 > 0;
        if (hasFirst)
        {
            if (!PyFloat.TryParse(body.Slice(0, n1).ToString(), out first)) throw Malformed();
            i = n1;
        }
        else if (i < body.Length && (body[i] == '+' || body[i] == '-'))
        {
            first = body[i] == '-' ? -1 : 1;
            i++;
        }
        if (i == body.Length)
        {
            if (!hasFirst) throw Malformed();
            return new PyComplex(first, 0);
        }
        if (body[i] == 'j' || body[i] == 'J')
        {
            if (i + 1 != body.Length) throw Malformed();
            return new PyComplex(0, first);
        }
        if (!hasFirst || (body[i] != '+' && body[i] != '-')) throw Malformed();
        int n2 = ScanNumber(body, i);
        double second;
        if (n2 > 0)
        {
            if (!PyFloat.TryParse(body.Slice(i, n2).ToString(), out second)) throw Malformed();
            i += n2;
        }
        else { second = body[i] == '-' ? -1 : 1; i++; }
        if (i + 1 != body.Length || (body[i] != 'j' && body[i] != 'J')) throw Malformed();
        return new PyComplex(first, second);
    }

    private static PyException Malformed() => PyErr.ValueError("complex() arg is a malformed string");

    /// <summary>The length of a float literal starting at <paramref name="i"/> (with its sign), 0 when none.</summary>
    private static int ScanNumber(ReadOnlySpan<char> s, int i)
    {
        int start = i;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        foreach (var word in (string[])["infinity", "inf", "nan"])
            if (s.Length - i >= word.Length && s.Slice(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                return i + word.Length - start;
        int digits = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) { i++; digits++; }
        if (i < s.Length && s[i] == '.') { i++; while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) { i++; digits++; } }
        if (digits == 0) return 0;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int save = i;
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int ed = 0;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) { i++; ed++; }
            if (ed == 0) i = save;
        }
        return i - start;
    }
}
