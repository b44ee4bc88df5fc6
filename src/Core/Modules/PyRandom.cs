// random.Random's generator: the Mersenne Twister MT19937 exactly as CPython's Modules/_randommodule.c
// seeds and steps it (init_genrand, init_by_array over the 32-bit words of abs(seed), genrand_uint32,
// the 53-bit random() and the little-endian word order of getrandbits), so a given seed yields the
// same numbers as CPython. The Python-level methods built on it (Lib/random.py) are in RandomMethods.cs.
namespace GilRuntime.Core.Modules;

using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using GilRuntime.Core.Objects;
using BinOp = GilRuntime.Core.Objects.BinaryOp;

public partial class PyRandom : PyObject
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU;
    private const uint UpperMask = 0x80000000U;
    private const uint LowerMask = 0x7fffffffU;

    public static readonly PyType TypeObject = CreateType();
    /// <summary>random.SystemRandom: the same methods drawing from the OS entropy source, with no state.</summary>
    public static readonly PyType SystemTypeObject = CreateSystemType();

    private readonly uint[] _mt = new uint[N];
    private int _index;
    /// <summary>random.py's gauss_next: the second normal deviate of the last Box-Muller pair, or None.</summary>
    private PyObject _gaussNext = Py.None;

    /// <summary>True for SystemRandom instances: words come from the OS, seeding does nothing.</summary>
    private readonly bool _system;

    public PyRandom(bool system = false) { _system = system; }

    public override PyType Type => _system ? SystemTypeObject : TypeObject;

    // CPython: init_genrand
    private void InitGenrand(uint s)
    {
        var mt = _mt;
        mt[0] = s;
        for (int i = 1; i < N; i++)
            mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    // CPython: init_by_array
    private void InitByArray(uint[] key)
    {
        var mt = _mt;
        InitGenrand(19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    // CPython: genrand_uint32
    public uint NextUInt32()
    {
        if (_system) return SystemUInt32();
        var mt = _mt;
        if (_index >= N)
        {
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0U);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0U);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0U);
            _index = 0;
        }
        uint r = mt[_index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680U;
        r ^= (r << 15) & 0xefc60000U;
        r ^= r >> 18;
        return r;
    }

    private static uint SystemUInt32()
    {
        Span<byte> b = stackalloc byte[4];
        RandomNumberGenerator.Fill(b);
        return BitConverter.ToUInt32(b);
    }

    // CPython: random_random (53 bits from two draws)
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k) for 1 &lt;= k &lt;= 64: the low word is drawn first, as CPython fills its words.</summary>
    public ulong NextBits(int k)
    {
        if (k <= 32) return NextUInt32() >> (32 - k);
        ulong lo = NextUInt32();
        ulong hi = NextUInt32() >> (64 - k);
        return lo | (hi << 32);
    }

    /// <summary>getrandbits(k) for any k &gt;= 0.</summary>
    public PyInt GetRandBits(long k)
    {
        if (k < 0) throw PyErr.ValueError("number of bits must be non-negative");
        if (k > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        if (k == 0) return PyInt.From(0);
        if (k < 64) return PyInt.From((long)NextBits((int)k));
        return PyInt.From(new BigInteger(RandomBytes(k), isUnsigned: true, isBigEndian: false));
    }

    /// <summary>k random bits as little-endian bytes (whole 32-bit words, the last one shifted right).</summary>
    private byte[] RandomBytes(long k)
    {
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r;
            bytes[i * 4 + 1] = (byte)(r >> 8);
            bytes[i * 4 + 2] = (byte)(r >> 16);
            bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return bytes;
    }

    /// <summary>random.py's _randbelow_with_getrandbits: rejection sampling on bit_length(n) bits.</summary>
    public long RandBelow(long n)
    {
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        ulong r = NextBits(k);
        while (r >= (ulong)n) r = NextBits(k);
        return (long)r;
    }

    public PyInt RandBelow(PyInt n)
    {
        if (n.IsSmall) return PyInt.From(RandBelow(n.Value));
        var big = n.ToBigInteger();
        long k = (long)big.GetBitLength();
        BigInteger r;
        do r = new BigInteger(RandomBytes(k), isUnsigned: true, isBigEndian: false);
        while (r >= big);
        return PyInt.From(r);
    }

    // ---- seeding --------------------------------------------------------------------------------------

    /// <summary>random.Random.seed(a, version): random.py's str/bytes handling, then _random's seed.</summary>
    public void Seed(PyObject a, PyObject? version)
    {
        if (_system) return;
        long v = version is null ? 2 : version is PyInt vi && vi.IsSmall ? vi.Value : -1;
        if (v == 1 && a is PyStr or PyBytes)
        {
            // random.py's version 1 string hash, kept for reproducing sequences of Python 2.
            int[] cps = a is PyStr s ? CodePoints(s.Value) : Array.ConvertAll(((PyBytes)a).Value, b => (int)b);
            ulong x = cps.Length > 0 ? (ulong)cps[0] << 7 : 0;
            foreach (var c in cps) x = (1000003UL * x) ^ (ulong)c;
            x ^= (ulong)cps.Length;
            a = PyInt.From(new BigInteger(x));
        }
        else if (v == 2 && a is PyStr or PyBytes or PyByteArray)
        {
            byte[] data = a switch
            {
                PyStr s => new UTF8Encoding(false, true).GetBytes(s.Value),
                PyBytes b => b.Value,
                _ => ((PyByteArray)a).Span.ToArray(),
            };
            var all = new byte[data.Length + 64];
            data.CopyTo(all, 0);
            SHA512.HashData(data, all.AsSpan(data.Length));
            a = PyInt.From(new BigInteger(all, isUnsigned: true, isBigEndian: true));
        }
        else if (a is not (PyNone or PyInt or PyFloat or PyStr or PyBytes or PyByteArray))
            throw PyErr.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        SeedCore(a);
        _gaussNext = Py.None;
    }

    private static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            { list.Add(char.ConvertToUtf32(s[i], s[i + 1])); i++; }
            else list.Add(s[i]);
        }
        return list.ToArray();
    }

    // CPython: random_seed
    private void SeedCore(PyObject a)
    {
        if (a is PyNone)
        {
            var key = new uint[N];
            var bytes = RandomNumberGenerator.GetBytes(N * 4);
            Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
            InitByArray(key);
            return;
        }
        BigInteger n = a is PyInt i ? BigInteger.Abs(i.ToBigInteger()) : new BigInteger((ulong)a.Hash());
        if (n.IsZero) { InitByArray([0U]); return; }
        var raw = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[(raw.Length + 3) / 4];
        for (int b = 0; b < raw.Length; b++) words[b / 4] |= (uint)raw[b] << (8 * (b % 4));
        InitByArray(words);
    }

    // ---- state ----------------------------------------------------------------------------------------

    private void NoState()
    {
        if (_system) throw PyErr.NotImplementedError("System entropy source does not have state.");
    }

    public PyTuple GetState()
    {
        NoState();
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.From(_mt[i]);
        items[N] = PyInt.From(_index);
        return new PyTuple([PyInt.From(3), new PyTuple(items), _gaussNext]);
    }

    public void SetState(PyObject state)
    {
        NoState();
        var version = state.GetItem(PyInt.From(0));
        var parts = Ops.ToClrList(state);
        if (version is PyInt v && v.IsSmall && (v.Value == 3 || v.Value == 2))
        {
            if (parts.Count != 3)
                throw PyErr.ValueError(parts.Count < 3
                    ? $"not enough values to unpack (expected 3, got {parts.Count})"
                    : "too many values to unpack (expected 3)");
            var gauss = parts[2];
            var internalState = parts[1];
            if (v.Value == 2)
            {
                var xs = Ops.ToClrList(internalState);
                var mod = PyInt.From(1L << 32);
                var conv = new PyObject[xs.Count];
                for (int i = 0; i < conv.Length; i++) conv[i] = Ops.BinaryOp(xs[i], mod, BinOp.Remainder);
                internalState = new PyTuple(conv);
            }
            _gaussNext = gauss;
            SetInternalState(internalState);
            return;
        }
        throw PyErr.ValueError($"state with version {version.Str()} passed to Random.setstate() of version 3");
    }

    // CPython: random_setstate
    private void SetInternalState(PyObject state)
    {
        if (state is not PyTuple t) throw PyErr.TypeError("state vector must be a tuple");
        if (t.Count != N + 1) throw PyErr.ValueError("state vector is the wrong size");
        var mt = new uint[N];
        for (int i = 0; i < N; i++) mt[i] = ToUInt32(t[i]);
        var idx = Ops.Index(t[N]);
        if (!idx.IsSmall || idx.Value < 0 || idx.Value > N) throw PyErr.ValueError("invalid state");
        mt.CopyTo(_mt, 0);
        _index = (int)idx.Value;
    }

    private static uint ToUInt32(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError("an integer is required");
        if (i.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        var b = i.ToBigInteger();
        if (b > ulong.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
        return (uint)(ulong)b;
    }
}
