// The combinatoric iterators: product, permutations, combinations, combinations_with_replacement.
// Each materializes its pools up front (as CPython does) and steps an index odometer; results are in
// lexicographic order of the input positions, exactly as itertoolsmodule.c produces them.
namespace GilRuntime.Core.Modules.Itertools;

using GilRuntime.Core.Objects;

/// <summary>product(*iterables, repeat=1).</summary>
public sealed class PyProduct : PyIteratorBase
{
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("product", typeof(PyProduct), static (t, a, k) =>
    {
        int nkw = k?.Count ?? 0;
        long repeat = 1;
        for (int i = 0; i < nkw; i++)
        {
            var name = ((PyStr)k![i]).Value;
            if (name != "repeat") throw PyErr.TypeError($"'{name}' is an invalid keyword argument for product()");
            repeat = Ops.AsIndex(a[a.Length - nkw + i]);
            if (repeat < 0) throw PyErr.ValueError("repeat argument cannot be negative");
        }
        int npools = a.Length - nkw;
        var basePools = new PyObject[npools][];
        for (int i = 0; i < npools; i++) basePools[i] = Ops.ToClrList(a[i]).ToArray();
        if (npools > 0 && repeat > int.MaxValue / npools) throw PyErr.OverflowError("repeat argument too large");
        var pools = new PyObject[npools * repeat][];
        for (int r = 0; r < repeat; r++)
            for (int i = 0; i < npools; i++) pools[r * npools + i] = basePools[i];
        return new PyProduct(pools);
    });

    private readonly PyObject[][] _pools;
    private readonly int[] _indices;
    private PyObject[]? _result;
    private bool _stopped;

    private PyProduct(PyObject[][] pools) { _pools = pools; _indices = new int[pools.Length]; }
    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pools.Length;
        if (_result is null)
        {
            _result = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                if (_pools[i].Length == 0) { _stopped = true; return null; }
                _result[i] = _pools[i][0];
            }
            return new PyTuple((PyObject[])_result.Clone());
        }
        int j = n - 1;
        for (; j >= 0; j--)
        {
            var pool = _pools[j];
            if (++_indices[j] == pool.Length) { _indices[j] = 0; _result[j] = pool[0]; }
            else { _result[j] = pool[_indices[j]]; break; }
        }
        if (j < 0) { _stopped = true; return null; }
        return new PyTuple((PyObject[])_result.Clone());
    }
}

/// <summary>combinations(iterable, r).</summary>
public sealed class PyCombinations : PyIteratorBase
{
    private static readonly string[] s_names = ["iterable", "r"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("combinations", typeof(PyCombinations), static (t, a, k) =>
    {
        var b = ArgParser.Bind("combinations", a, k, s_names, 2);
        var pool = Ops.ToClrList(b[0]!).ToArray();
        long r = Ops.AsIndex(b[1]!);
        if (r < 0) throw PyErr.ValueError("r must be non-negative");
        return new PyCombinations(pool, r);
    });

    private readonly PyObject[] _pool;
    private readonly int[] _indices;
    private readonly int _r;
    private bool _started, _stopped;

    private PyCombinations(PyObject[] pool, long r)
    {
        _pool = pool;
        _stopped = r > pool.Length;
        _r = _stopped ? 0 : (int)r;
        _indices = new int[_r];
        for (int i = 0; i < _r; i++) _indices[i] = i;
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pool.Length, r = _r;
        if (_started)
        {
            int i = r - 1;
            while (i >= 0 && _indices[i] == i + n - r) i--;
            if (i < 0) { _stopped = true; return null; }
            _indices[i]++;
            for (int j = i + 1; j < r; j++) _indices[j] = _indices[j - 1] + 1;
        }
        _started = true;
        var res = new PyObject[r];
        for (int i = 0; i < r; i++) res[i] = _pool[_indices[i]];
        return new PyTuple(res);
    }
}

/// <summary>combinations_with_replacement(iterable, r).</summary>
public sealed class PyCombinationsWithReplacement : PyIteratorBase
{
    private static readonly string[] s_names = ["iterable", "r"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("combinations_with_replacement", typeof(PyCombinationsWithReplacement), static (t, a, k) =>
    {
        var b = ArgParser.Bind("combinations_with_replacement", a, k, s_names, 2);
        var pool = Ops.ToClrList(b[0]!).ToArray();
        long r = Ops.AsIndex(b[1]!);
        if (r < 0) throw PyErr.ValueError("r must be non-negative");
        if (r > int.MaxValue) throw PyErr.MemoryError("");
        return new PyCombinationsWithReplacement(pool, (int)r);
    });

    private readonly PyObject[] _pool;
    private readonly int[] _indices;
    private bool _started, _stopped;

    private PyCombinationsWithReplacement(PyObject[] pool, int r)
    {
        _pool = pool;
        _indices = new int[r];
        _stopped = pool.Length == 0 && r > 0;
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pool.Length, r = _indices.Length;
        if (_started)
        {
            int i = r - 1;
            while (i >= 0 && _indices[i] == n - 1) i--;
            if (i < 0) { _stopped = true; return null; }
            int index = _indices[i] + 1;
            for (int j = i; j < r; j++) _indices[j] = index;
        }
        _started = true;
        var res = new PyObject[r];
        for (int i = 0; i < r; i++) res[i] = _pool[_indices[i]];
        return new PyTuple(res);
    }
}

/// <summary>permutations(iterable, r=None).</summary>
public sealed class PyPermutations : PyIteratorBase
{
    private static readonly string[] s_names = ["iterable", "r"];
    public static readonly PyType TypeObject = ItertoolsModule.MakeType("permutations", typeof(PyPermutations), static (t, a, k) =>
    {
        var b = ArgParser.Bind("permutations", a, k, s_names, 1);
        var pool = Ops.ToClrList(b[0]!).ToArray();
        long r = pool.Length;
        if (b[1] is not null and not PyNone)
        {
            if (b[1] is not PyInt ri) throw PyErr.TypeError("Expected int as r");
            r = ri.IsSmall ? ri.Value : (ri.Sign < 0 ? -1 : long.MaxValue);
            if (r < 0) throw PyErr.ValueError("r must be non-negative");
        }
        return new PyPermutations(pool, r);
    });

    private readonly PyObject[] _pool;
    private readonly int[] _indices;
    private readonly int[] _cycles;
    private readonly int _r;
    private bool _started, _stopped;

    private PyPermutations(PyObject[] pool, long r)
    {
        _pool = pool;
        int n = pool.Length;
        _stopped = r > n;
        _r = _stopped ? 0 : (int)r;
        _indices = new int[n];
        for (int i = 0; i < n; i++) _indices[i] = i;
        _cycles = new int[_r];
        for (int i = 0; i < _r; i++) _cycles[i] = n - i;
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pool.Length, r = _r;
        if (_started)
        {
            if (n == 0) { _stopped = true; return null; }
            int i = r - 1;
            for (; i >= 0; i--)
            {
                if (--_cycles[i] == 0)
                {
                    // rotate indices[i:] left by one
                    int first = _indices[i];
                    Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                    _indices[n - 1] = first;
                    _cycles[i] = n - i;
                }
                else
                {
                    int j = _cycles[i];
                    (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                    break;
                }
            }
            if (i < 0) { _stopped = true; return null; }
        }
        _started = true;
        var res = new PyObject[r];
        for (int i = 0; i < r; i++) res[i] = _pool[_indices[i]];
        return new PyTuple(res);
    }
}
