// random.Random's Python-level methods (CPython writes them in Lib/random.py): each consumes the
// generator exactly as random.py does (_randbelow's getrandbits rejection loop, choices' floor(random()*n),
// sample's pool/set switch, gauss's cached pair), so sequences match CPython's draw for draw.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using BinOp = GilRuntime.Core.Objects.BinaryOp;

public partial class PyRandom
{
    private const double TwoPi = 2.0 * Math.PI;
    private static readonly double NvMagicConst = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double Log4 = Math.Log(4.0);
    private static readonly double SgMagicConst = 1.0 + Math.Log(4.5);

    private static readonly string[] s_seedNames = ["a", "version"];
    private static readonly string[] s_randrangeNames = ["start", "stop", "step"];
    private static readonly string[] s_abNames = ["a", "b"];
    private static readonly string[] s_seqNames = ["seq"];
    private static readonly string[] s_xNames = ["x"];
    private static readonly string[] s_stateNames = ["state"];
    private static readonly string[] s_sampleNames = ["population", "k", "counts"];
    private static readonly string[] s_choicesNames = ["population", "weights", "cum_weights", "k"];
    private static readonly string[] s_triangularNames = ["low", "high", "mode"];
    private static readonly string[] s_muSigmaNames = ["mu", "sigma"];
    private static readonly string[] s_lambdNames = ["lambd"];
    private static readonly string[] s_muKappaNames = ["mu", "kappa"];
    private static readonly string[] s_alphaBetaNames = ["alpha", "beta"];
    private static readonly string[] s_alphaNames = ["alpha"];
    private static readonly string[] s_nNames = ["n"];

    private static PyType CreateType()
    {
        var t = PyType.Builtin("Random", typeof(PyRandom), null, static (type, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.__init__", args, kw, s_xNames, 1, 0, selfCount: 1);
            var r = new PyRandom(false);
            r.Seed(a[0] ?? Py.None, null);
            return r;
        });
        t.Module = "random";
        t.Dict.SetItem(PyStr.Intern("VERSION"), PyInt.From(3));
        // Heap subclasses: __new__ makes a generator, __init__ seeds it through self.seed (overridable).
        t.SubtypeNew = static (type, a, k) => new GilRuntime.Core.Objects.Classes.PyRandomSub(type);
        t.Dict.SetItem(PyStr.Intern("__new__"), new GilRuntime.Core.Objects.Classes.PyBuiltinNew(t));
        t.AddMethod("__init__", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.__init__", args, kw, s_xNames, 1, 0, selfCount: 1);
            Ops.GetAttr(self, "seed").Call([a[0] ?? Py.None], null);
            ((PyRandom)self)._gaussNext = Py.None;
            return Py.None;
        });

        t.AddMethod("seed", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.seed", args, kw, s_seedNames, 2, 0, 1);
            ((PyRandom)self).Seed(a[0] ?? Py.None, a[1]);
            return Py.None;
        });
        t.AddMethod("random", static (self, args, kw) =>
        {
            if (args.Length != 0) throw PyErr.TypeError($"Random.random() takes no arguments ({args.Length} given)");
            return new PyFloat(((PyRandom)self).NextDouble());
        });
        t.AddMethod("getrandbits", static (self, args, kw) =>
        {
            ArgParser.NoKeywords("getrandbits", kw);
            if (args.Length != 1) throw PyErr.TypeError($"Random.getrandbits() takes exactly one argument ({args.Length} given)");
            if (args[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            var k = Ops.Index(args[0]);
            if (!k.IsSmall || k.Value > int.MaxValue || k.Value < int.MinValue)
                throw PyErr.OverflowError("Python int too large to convert to C int");
            return ((PyRandom)self).GetRandBits(k.Value);
        });
        t.AddMethod("getstate", static (self, args, kw) =>
        {
            FuncArgs.Bind("Random.getstate", args, kw, [], 0, 0, 1);
            return ((PyRandom)self).GetState();
        });
        t.AddMethod("setstate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.setstate", args, kw, s_stateNames, 1, 1, 1);
            ((PyRandom)self).SetState(a[0]!);
            return Py.None;
        });
        t.AddMethod("randbytes", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.randbytes", args, kw, s_nNames, 1, 1, 1);
            long n = Ops.AsIndex(a[0]!);
            var r = (PyRandom)self;
            if (n < 0) throw PyErr.ValueError("number of bits must be non-negative");
            if (n == 0) return PyBytes.Empty;
            var bytes = r.RandomBytes(n * 8);
            return PyBytes.From(bytes.Length == n ? bytes : bytes.AsSpan(0, (int)n).ToArray());
        });
        t.AddMethod("randrange", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.randrange", args, kw, s_randrangeNames, 3, 1, 1);
            return ((PyRandom)self).RandRange(a[0]!, a[1], a[2]);
        });
        t.AddMethod("randint", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.randint", args, kw, s_abNames, 2, 2, 1);
            return ((PyRandom)self).RandRange(a[0]!, Ops.BinaryOp(a[1]!, PyInt.From(1), BinOp.Add), null);
        });
        t.AddMethod("choice", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.choice", args, kw, s_seqNames, 1, 1, 1);
            return ((PyRandom)self).Choice(a[0]!);
        });
        t.AddMethod("shuffle", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.shuffle", args, kw, s_xNames, 1, 1, 1);
            ((PyRandom)self).Shuffle(a[0]!);
            return Py.None;
        });
        t.AddMethod("sample", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.sample", args, kw, s_sampleNames, 2, 2, 1);
            return ((PyRandom)self).Sample(a[0]!, a[1]!, a[2]);
        });
        t.AddMethod("choices", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.choices", args, kw, s_choicesNames, 2, 1, 1);
            return ((PyRandom)self).Choices(a[0]!, a[1], a[2], a[3]);
        });
        t.AddMethod("uniform", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.uniform", args, kw, s_abNames, 2, 2, 1);
            var r = new PyFloat(((PyRandom)self).NextDouble());
            var width = Ops.BinaryOp(a[1]!, a[0]!, BinOp.Subtract);
            return Ops.BinaryOp(a[0]!, Ops.BinaryOp(width, r, BinOp.Multiply), BinOp.Add);
        });
        t.AddMethod("triangular", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.triangular", args, kw, s_triangularNames, 3, 0, 1);
            return ((PyRandom)self).Triangular(a[0], a[1], a[2]);
        });
        t.AddMethod("normalvariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.normalvariate", args, kw, s_muSigmaNames, 2, 0, 1);
            return MuSigma(a[0], a[1], ((PyRandom)self).NormalZ());
        });
        t.AddMethod("gauss", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.gauss", args, kw, s_muSigmaNames, 2, 0, 1);
            return MuSigma(a[0], a[1], ((PyRandom)self).GaussZ());
        });
        t.AddMethod("lognormvariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.lognormvariate", args, kw, s_muSigmaNames, 2, 2, 1);
            var x = MuSigma(a[0], a[1], ((PyRandom)self).NormalZ());
            return new PyFloat(CheckedExp(FuncArgs.ToDouble(x)));
        });
        t.AddMethod("expovariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.expovariate", args, kw, s_lambdNames, 1, 1, 1);
            double u = ((PyRandom)self).NextDouble();
            double lambd = FuncArgs.ToDouble(a[0]!);
            if (lambd == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(-Math.Log(1.0 - u) / lambd);
        });
        t.AddMethod("vonmisesvariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.vonmisesvariate", args, kw, s_muKappaNames, 2, 2, 1);
            return new PyFloat(((PyRandom)self).VonMises(FuncArgs.ToDouble(a[0]!), FuncArgs.ToDouble(a[1]!)));
        });
        t.AddMethod("gammavariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.gammavariate", args, kw, s_alphaBetaNames, 2, 2, 1);
            return new PyFloat(((PyRandom)self).Gamma(FuncArgs.ToDouble(a[0]!), FuncArgs.ToDouble(a[1]!)));
        });
        t.AddMethod("betavariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.betavariate", args, kw, s_alphaBetaNames, 2, 2, 1);
            var r = (PyRandom)self;
            double y = r.Gamma(FuncArgs.ToDouble(a[0]!), 1.0);
            if (y != 0) return new PyFloat(y / (y + r.Gamma(FuncArgs.ToDouble(a[1]!), 1.0)));
            return new PyFloat(0.0);
        });
        t.AddMethod("paretovariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.paretovariate", args, kw, s_alphaNames, 1, 1, 1);
            double u = 1.0 - ((PyRandom)self).NextDouble();
            double alpha = FuncArgs.ToDouble(a[0]!);
            if (alpha == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(Math.Pow(u, -1.0 / alpha));
        });
        t.AddMethod("weibullvariate", static (self, args, kw) =>
        {
            var a = FuncArgs.Bind("Random.weibullvariate", args, kw, s_alphaBetaNames, 2, 2, 1);
            double u = 1.0 - ((PyRandom)self).NextDouble();
            double beta = FuncArgs.ToDouble(a[1]!);
            if (beta == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(FuncArgs.ToDouble(a[0]!) * Math.Pow(-Math.Log(u), 1.0 / beta));
        });
        return t;
    }

    private static PyType CreateSystemType()
    {
        var t = PyType.Builtin("SystemRandom", typeof(PyRandom), TypeObject, static (type, args, kw) =>
        {
            FuncArgs.Bind("Random.__init__", args, kw, s_xNames, 1, 0, selfCount: 1);
            return new PyRandom(system: true);
        });
        t.Module = "random";
        return t;
    }

    public override PyObject? LookupAttr(PyStr name) =>
        name.Value == "gauss_next" ? _gaussNext : base.LookupAttr(name);

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (name.Value == "gauss_next" && value is not null) { _gaussNext = value; return; }
        base.SetAttr(name, value);
    }

    private static double CheckedExp(double x)
    {
        double r = Math.Exp(x);
        if (double.IsInfinity(r) && double.IsFinite(x)) throw PyErr.OverflowError("math range error");
        return r;
    }

    /// <summary>mu + z * sigma with Python's arithmetic (defaults 0.0 and 1.0).</summary>
    private static PyObject MuSigma(PyObject? mu, PyObject? sigma, double z)
    {
        double m = mu is null ? 0.0 : FuncArgs.ToDouble(mu);
        double s = sigma is null ? 1.0 : FuncArgs.ToDouble(sigma);
        return new PyFloat(m + z * s);
    }

    // random.py: normalvariate's Kinderman-Monahan ratio method, returning the unit deviate z.
    private double NormalZ()
    {
        while (true)
        {
            double u1 = NextDouble();
            double u2 = 1.0 - NextDouble();
            double z = NvMagicConst * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.Log(u2)) return z;
        }
    }

    // random.py: gauss's Box-Muller pair, the second half kept in gauss_next.
    private double GaussZ()
    {
        var cached = _gaussNext;
        _gaussNext = Py.None;
        if (cached is not PyNone) return FuncArgs.ToDouble(cached);
        double x2pi = NextDouble() * TwoPi;
        double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - NextDouble()));
        _gaussNext = new PyFloat(Math.Sin(x2pi) * g2rad);
        return Math.Cos(x2pi) * g2rad;
    }

    private PyObject Triangular(PyObject? lowObj, PyObject? highObj, PyObject? modeObj)
    {
        double u = NextDouble();
        double low = lowObj is null ? 0.0 : FuncArgs.ToDouble(lowObj);
        double high = highObj is null ? 1.0 : FuncArgs.ToDouble(highObj);
        double c;
        if (modeObj is null or PyNone) c = 0.5;
        else
        {
            if (high - low == 0) return lowObj ?? new PyFloat(0.0);
            c = (FuncArgs.ToDouble(modeObj) - low) / (high - low);
        }
        if (u > c) { u = 1.0 - u; c = 1.0 - c; (low, high) = (high, low); }
        return new PyFloat(low + (high - low) * Math.Sqrt(u * c));
    }

    private double VonMises(double mu, double kappa)
    {
        if (kappa <= 1e-6) return TwoPi * NextDouble();
        double s = 0.5 / kappa;
        double r = s + Math.Sqrt(1.0 + s * s);
        double z;
        while (true)
        {
            double u1 = NextDouble();
            z = Math.Cos(Math.PI * u1);
            double d = z / (r + z);
            double u2 = NextDouble();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d)) break;
        }
        double q = 1.0 / r;
        double f = (q + z) / (1.0 + q * z);
        double u3 = NextDouble();
        return u3 > 0.5 ? PyMod(mu + Math.Acos(f), TwoPi) : PyMod(mu - Math.Acos(f), TwoPi);
    }

    /// <summary>float % float with Python's sign rule.</summary>
    private static double PyMod(double a, double b)
    {
        double m = a % b;
        if (m == 0) return Math.CopySign(0.0, b);
        if ((m < 0) != (b < 0)) m += b;
        return m;
    }

    private double Gamma(double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw PyErr.ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            double ainv = Math.Sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - Log4;
            double ccc = alpha + ainv;
            while (true)
            {
                double u1 = NextDouble();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - NextDouble();
                double v = Math.Log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.Exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SgMagicConst - 4.5 * z >= 0.0 || r >= Math.Log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Math.Log(1.0 - NextDouble()) * beta;
        while (true)
        {
            double u = NextDouble();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            double x = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
            double u1 = NextDouble();
            if (p > 1.0) { if (u1 <= Math.Pow(x, alpha - 1.0)) return x * beta; }
            else if (u1 <= Math.Exp(-x)) return x * beta;
        }
    }

    // ---- integers and sequences -------------------------------------------------------------------------

    /// <summary>randrange's argument conversion: an index, or an integral value int() accepts.</summary>
    private static PyInt RangeArg(PyObject o, string what)
    {
        var i = o.Index();
        if (i is not null) return i;
        var asInt = PyInt.TypeObject.Call([o], null);
        if (!Ops.Eq(asInt, o)) throw PyErr.ValueError($"non-integer {what} for randrange()");
        return (PyInt)asInt;
    }

    private PyObject RandRange(PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = RangeArg(start, "arg 1");
        if (stop is null or PyNone)
        {
            if (step is not null && !(step is PyInt one && one.IsSmall && one.Value == 1))
                throw PyErr.TypeError("Missing a non-None stop argument");
            if (istart.Sign > 0) return RandBelow(istart);
            throw PyErr.ValueError("empty range for randrange()");
        }
        var istop = RangeArg(stop, "stop");
        var istep = step is null ? null : RangeArg(step, "step");
        if (istep is null || (istep.IsSmall && istep.Value == 1))
        {
            if (istart.IsSmall && istop.IsSmall)
            {
                long a = istart.Value, b = istop.Value, w = b - a;
                if (((a ^ b) & (b ^ w)) >= 0)   // no overflow
                {
                    if (w > 0) return PyInt.From(a + RandBelow(w));
                    throw PyErr.ValueError($"empty range for randrange() ({a}, {b}, {w})");
                }
            }
            var width = (PyInt)Ops.BinaryOp(istop, istart, BinOp.Subtract);
            if (width.Sign > 0) return Ops.BinaryOp(istart, RandBelow(width), BinOp.Add);
            throw PyErr.ValueError($"empty range for randrange() ({istart.Repr()}, {istop.Repr()}, {width.Repr()})");
        }
        var wd = Ops.BinaryOp(istop, istart, BinOp.Subtract);
        PyInt n;
        if (istep.Sign > 0)
            n = (PyInt)Ops.BinaryOp(Ops.BinaryOp(Ops.BinaryOp(wd, istep, BinOp.Add), PyInt.From(1), BinOp.Subtract), istep, BinOp.FloorDivide);
        else if (istep.Sign < 0)
            n = (PyInt)Ops.BinaryOp(Ops.BinaryOp(Ops.BinaryOp(wd, istep, BinOp.Add), PyInt.From(1), BinOp.Add), istep, BinOp.FloorDivide);
        else throw PyErr.ValueError("zero step for randrange()");
        if (n.Sign <= 0) throw PyErr.ValueError("empty range for randrange()");
        return Ops.BinaryOp(istart, Ops.BinaryOp(istep, RandBelow(n), BinOp.Multiply), BinOp.Add);
    }

    private PyObject Choice(PyObject seq)
    {
        long n = Ops.Length(seq);
        if (n == 0) throw PyErr.IndexError("Cannot choose from an empty sequence");
        long i = RandBelow(n);
        return seq switch
        {
            PyList l => l.AsSpan()[(int)i],
            PyTuple t => t[(int)i],
            _ => seq.GetItem(PyInt.From(i)),
        };
    }

    private void Shuffle(PyObject x)
    {
        long n = Ops.Length(x);
        if (x is PyList list)
        {
            for (long i = n - 1; i >= 1; i--)
            {
                int j = (int)RandBelow(i + 1);
                var span = list.AsSpan();   // re-read: a comparison cannot run here, but stay safe on resize
                (span[(int)i], span[j]) = (span[j], span[(int)i]);
            }
            return;
        }
        for (long i = n - 1; i >= 1; i--)
        {
            long j = RandBelow(i + 1);
            var pi = PyInt.From(i); var pj = PyInt.From(j);
            var xj = x.GetItem(pj); var xi = x.GetItem(pi);
            x.SetItem(pi, xj);
            x.SetItem(pj, xi);
        }
    }

    /// <summary>isinstance(population, collections.abc.Sequence) for the builtin sequences.</summary>
    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyRange or PyStr or PyBytes or PyByteArray;

    private PyObject Sample(PyObject population, PyObject kObj, PyObject? counts)
    {
        if (!IsSequence(population))
            throw PyErr.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = Ops.Length(population);
        if (counts is not null && counts is not PyNone)
        {
            var cum = new List<PyObject>();
            var it = counts.Iter();
            PyObject? total = null;
            for (var c = it.Next(); c is not null; c = it.Next())
            {
                total = total is null ? c : Ops.BinaryOp(total, c, BinOp.Add);
                cum.Add(total);
            }
            if (cum.Count != n) throw PyErr.ValueError("The number of counts does not match the population");
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyInt totalInt) throw PyErr.TypeError("Counts must be integers");
            if (totalInt.Sign <= 0) throw PyErr.ValueError("Total of counts must be greater than zero");
            var selections = (PyList)Sample(new PyRange(PyInt.From(0), totalInt, PyInt.From(1)), kObj, null);
            var picked = new PyObject[selections.AsSpan().Length];
            var sel = selections.AsSpan();
            for (int i = 0; i < picked.Length; i++)
                picked[i] = population.GetItem(PyInt.From(BisectModule.BisectRight(cum, sel[i], 0, cum.Count)));
            return new PyList(picked);
        }
        if (kObj is not PyInt kInt) throw PyErr.TypeError($"'{kObj.Type.Name}' object cannot be interpreted as an integer");
        if (kInt.Sign < 0 || !kInt.IsSmall || kInt.Value > n)
            throw PyErr.ValueError("Sample larger than population or is negative");
        int k = (int)kInt.Value;
        var result = new PyObject[k];
        long setsize = 21;
        if (k > 5) setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
        if (n <= setsize)
        {
            var pool = Ops.ToClrList(population);
            for (int i = 0; i < k; i++)
            {
                int j = (int)RandBelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[(int)(n - i - 1)];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (int i = 0; i < k; i++)
            {
                long j = RandBelow(n);
                while (selected.Contains(j)) j = RandBelow(n);
                selected.Add(j);
                result[i] = population.GetItem(PyInt.From(j));
            }
        }
        return new PyList(result);
    }

    private PyObject Choices(PyObject population, PyObject? weights, PyObject? cumWeights, PyObject? kObj)
    {
        long n = Ops.Length(population);
        long k = kObj is null ? 1 : Ops.AsIndex(kObj);
        if (k < 0) k = 0;
        List<PyObject> cum;
        if (cumWeights is null or PyNone)
        {
            if (weights is null or PyNone)
            {
                double nf = n;
                var res = new PyObject[k];
                for (long i = 0; i < k; i++)
                    res[i] = ItemAt(population, (long)Math.Floor(NextDouble() * nf));
                return new PyList(res);
            }
            cum = new List<PyObject>();
            PyObject it;
            try { it = weights.Iter(); }
            catch (PyException) when (weights is PyInt)
            {
                throw PyErr.TypeError($"The number of choices must be a keyword argument: k={weights.Repr()}");
            }
            PyObject? acc = null;
            for (var w = it.Next(); w is not null; w = it.Next())
            {
                acc = acc is null ? w : Ops.BinaryOp(acc, w, BinOp.Add);
                cum.Add(acc);
            }
        }
        else
        {
            if (weights is not null and not PyNone) throw PyErr.TypeError("Cannot specify both weights and cumulative weights");
            cum = Ops.ToClrList(cumWeights);
        }
        if (cum.Count != n) throw PyErr.ValueError("The number of weights does not match the population");
        if (cum.Count == 0) throw PyErr.IndexError("list index out of range");
        var totalObj = Ops.BinaryOp(cum[^1], new PyFloat(0.0), BinOp.Add);
        double total = FuncArgs.ToDouble(totalObj);
        if (total <= 0.0) throw PyErr.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw PyErr.ValueError("Total of weights must be finite");
        int hi = (int)n - 1;
        var result = new PyObject[k];
        // Fast path when every cumulative weight is a float or an int a double holds exactly: comparing
        // doubles then gives the same answers as Python's mixed int/float comparison.
        var fast = new double[cum.Count];
        bool exact = true;
        for (int i = 0; i < fast.Length && exact; i++)
        {
            if (cum[i] is PyFloat f) fast[i] = f.Value;
            else if (cum[i] is PyInt pi && pi.IsSmall && Math.Abs(pi.Value) <= (1L << 53)) fast[i] = pi.Value;
            else exact = false;
        }
        for (long i = 0; i < k; i++)
        {
            double x = NextDouble() * total;
            int idx;
            if (exact)
            {
                int lo = 0, h = hi;
                while (lo < h) { int mid = (lo + h) >> 1; if (x < fast[mid]) h = mid; else lo = mid + 1; }
                idx = lo;
            }
            else idx = (int)BisectModule.BisectRight(cum, new PyFloat(x), 0, hi);
            result[i] = ItemAt(population, idx);
        }
        return new PyList(result);
    }

    private static PyObject ItemAt(PyObject seq, long i) => seq switch
    {
        PyList l when i < l.AsSpan().Length => l.AsSpan()[(int)i],
        PyTuple t when i < t.Count => t[(int)i],
        _ => seq.GetItem(PyInt.From(i)),
    };
}
