// The sys module: interpreter-wide state visible to Python (argv, path, modules, the standard
// streams, recursion limit, version information) and frame/exception introspection.
namespace GilRuntime.Core.Modules;

using System.Numerics;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class SysModule
{
    public const string VersionString = "3.11.7 (gilrun)";

    private static readonly PyType s_versionInfoType = PyStructSeq.MakeType("sys.version_info");
    private static readonly PyType s_floatInfoType = PyStructSeq.MakeType("sys.float_info");
    private static readonly PyType s_intInfoType = PyStructSeq.MakeType("sys.int_info");
    private static readonly PyType s_flagsType = PyStructSeq.MakeType("sys.flags");
    private static readonly PyType s_hashInfoType = PyStructSeq.MakeType("sys.hash_info");

    /// <summary>sys.get_int_max_str_digits(): the limit int/str conversions enforce (0 = none).</summary>
    public static int IntMaxStrDigits { get; set; } = 4300;

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("sys");
        var o = interp.Options;
        var argv = new PyList();
        foreach (var a in o.Argv) argv.Append(PyStr.From(a));
        m.Add("argv", argv);
        m.Add("orig_argv", new PyList([PyStr.From("gilrun"), .. argv.AsSpan()]));
        var path = new PyList();
        // CPython's order: the script's directory ('' for -c and stdin), PYTHONPATH, then the library.
        path.Append(PyStr.From(o.ScriptDirectory ?? ""));
        if (!string.IsNullOrEmpty(o.PythonPath))
            foreach (var entry in o.PythonPath.Split(Path.PathSeparator))
                path.Append(PyStr.From(Path.GetFullPath(entry.Length == 0 ? "." : entry)));
        path.Append(PyStr.From(o.LibDirectory));
        m.Add("path", path);
        m.Add("modules", interp.Modules);
        var stdout = new TextIOWrapper("<stdout>", "w", o.Stdout, null);
        var stderr = new TextIOWrapper("<stderr>", "w", o.Stderr, null) { FlushFirst = stdout };
        var stdin = new TextIOWrapper("<stdin>", "r", null, o.Stdin);
        m.Add("stdout", stdout); m.Add("__stdout__", stdout);
        m.Add("stderr", stderr); m.Add("__stderr__", stderr);
        m.Add("stdin", stdin); m.Add("__stdin__", stdin);
        m.Add("version", PyStr.From(VersionString));
        m.Add("version_info", new PyStructSeq(s_versionInfoType, ["major", "minor", "micro", "releaselevel", "serial"],
            [PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)]));
        m.Add("hexversion", PyInt.From(0x030B07F0));
        m.Add("api_version", PyInt.From(1013));
        var impl = new PyNamespace();
        impl.Dict.SetItem(PyStr.Intern("name"), PyStr.From("gilrun"));
        impl.Dict.SetItem(PyStr.Intern("cache_tag"), PyStr.From("gilrun-311"));
        impl.Dict.SetItem(PyStr.Intern("version"), m.Dict.GetItem(PyStr.Intern("version_info")));
        impl.Dict.SetItem(PyStr.Intern("hexversion"), PyInt.From(0x030B07F0));
        m.Add("implementation", impl);
        m.Add("platform", PyStr.From(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        m.Add("byteorder", PyStr.From(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Add("maxsize", PyInt.From(long.MaxValue));
        m.Add("maxunicode", PyInt.From(0x10FFFF));
        m.Add("float_info", new PyStructSeq(s_floatInfoType,
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308), new PyFloat(2.2250738585072014e-308),
             PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53), new PyFloat(2.220446049250313e-16),
             PyInt.From(2), PyInt.From(1)]));
        m.Add("int_info", new PyStructSeq(s_intInfoType,
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [PyInt.From(30), PyInt.From(4), PyInt.From(4300), PyInt.From(640)]));
        m.Add("hash_info", new PyStructSeq(s_hashInfoType,
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            [PyInt.From(64), PyInt.From((1L << 61) - 1), PyInt.From(314159), PyInt.From(0), PyInt.From(1000003),
             PyStr.From("siphash13"), PyInt.From(64), PyInt.From(128), PyInt.From(0)]));
        m.Add("flags", new PyStructSeq(s_flagsType,
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
             "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"],
            [PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(0),
             PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(1), PyInt.From(0),
             Py.False, PyInt.From(1), PyInt.From(0), Py.False, PyInt.From(-1)]));
        var exe = Environment.ProcessPath ?? "gilrun";
        m.Add("executable", PyStr.From(exe));
        m.Add("_base_executable", PyStr.From(exe));
        var prefix = PyStr.From(AppContext.BaseDirectory.TrimEnd('/'));
        m.Add("prefix", prefix); m.Add("base_prefix", prefix);
        m.Add("exec_prefix", prefix); m.Add("base_exec_prefix", prefix);
        m.Add("platlibdir", PyStr.From("lib"));
        m.Add("warnoptions", new PyList());
        m.Add("_xoptions", new PyDict());
        m.Add("dont_write_bytecode", Py.False);
        m.Add("pycache_prefix", Py.None);
        m.Add("meta_path", new PyList());
        m.Add("path_hooks", new PyList());
        m.Add("path_importer_cache", new PyDict());
        var names = new List<string>(interp.BuiltinModuleNames);
        names.Sort(string.CompareOrdinal);
        var bmn = new PyObject[names.Count];
        for (int i = 0; i < bmn.Length; i++) bmn[i] = PyStr.From(names[i]);
        m.Add("builtin_module_names", new PyTuple(bmn));

        m.AddFunction("exit", static (a, k) =>
        {
            ArgParser.Range("exit", a, k, 0, 1);
            throw new PyException(ExceptionTypes.NewInstance(ExceptionTypes.SystemExit, new PyTuple(a.ToArray())));
        });
        m.AddFunction("is_finalizing", (a, k) =>
        {
            ArgParser.Exactly("is_finalizing", a, k, 0);
            return Py.Bool(interp.IsFinalizing);
        });
        m.AddFunction("getrecursionlimit", (a, k) =>
        {
            ArgParser.Exactly("getrecursionlimit", a, k, 0);
            return PyInt.From(interp.RecursionLimit);
        });
        m.AddFunction("setrecursionlimit", (a, k) =>
        {
            ArgParser.Exactly("setrecursionlimit", a, k, 1);
            if (a[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            var n = Ops.AsIndex(a[0]);
            if (n < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            if (n > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            var depth = ThreadState.Current.RecursionDepth;
            if (n <= depth)
                throw PyErr.RecursionError($"cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low");
            interp.RecursionLimit = (int)n;
            return Py.None;
        });
        m.AddFunction("_getframe", static (a, k) =>
        {
            ArgParser.Range("_getframe", a, k, 0, 1);
            long depth = a.Length > 0 ? Ops.AsIndex(a[0]) : 0;
            var f = ThreadState.Current.Frame;
            while (depth > 0 && f is not null) { f = f.Back; depth--; }
            if (f is null || depth < 0) throw PyErr.ValueError("call stack is not deep enough");
            return f.MarkEscaped();
        });
        // sys._current_frames: each thread's innermost frame by thread id; the other threads are
        // blocked (the caller holds the GIL), so their frame chains are stable while read.
        m.AddFunction("_current_frames", (a, k) =>
        {
            ArgParser.Exactly("sys._current_frames", a, k, 0);
            var d = new PyDict();
            foreach (var ts in interp.Threads)
                if (ts.Frame is { } f) d.SetItem(PyInt.From(ts.ThreadId), f.MarkEscaped());
            return d;
        });
        AsyncGenHooks.RegisterSys(m);
        UnraisableHook.Register(m, interp);
        m.AddFunction("exc_info", static (a, k) =>
        {
            ArgParser.Exactly("exc_info", a, k, 0);
            var e = ThreadState.Current.TopmostHandled;
            if (e is null) return new PyTuple([Py.None, Py.None, Py.None]);
            return new PyTuple([e.Type, e, e.Traceback ?? Py.None]);
        });
        m.AddFunction("exception", static (a, k) =>
        {
            ArgParser.Exactly("exception", a, k, 0);
            return (PyObject?)ThreadState.Current.TopmostHandled ?? Py.None;
        });
        m.AddFunction("intern", static (a, k) =>
        {
            ArgParser.Exactly("intern", a, k, 1);
            if (a[0] is not PyStr s || a[0].Type != PyStr.TypeObject)
                throw PyErr.TypeError($"intern() argument must be str, not {a[0].Type.Name}");
            return PyStr.Intern(s.Value);
        });
        m.AddFunction("getsizeof", static (a, k) =>
        {
            ArgParser.Range("getsizeof", a, k, 1, 2);
            return PyInt.From(ApproximateSize(a[0]));
        });
        m.AddFunction("getrefcount", static (a, k) => { ArgParser.Exactly("getrefcount", a, k, 1); return PyInt.From(2); });
        m.AddFunction("getdefaultencoding", static (a, k) => PyStr.From("utf-8"));
        m.AddFunction("getfilesystemencoding", static (a, k) => PyStr.From("utf-8"));
        m.AddFunction("getfilesystemencodeerrors", static (a, k) => PyStr.From("surrogateescape"));
        m.AddFunction("get_int_max_str_digits", static (a, k) => PyInt.From(IntMaxStrDigits));
        m.AddFunction("set_int_max_str_digits", static (a, k) =>
        {
            var p = ArgParser.Bind("set_int_max_str_digits", a, k, ["maxdigits"], 1);
            var n = Ops.AsIndex(p[0]!);
            if (n != 0 && n < 640)
                throw PyErr.ValueError("maxdigits must be 0 or larger than 640");
            IntMaxStrDigits = (int)n;
            return Py.None;
        });
        // sys.setswitchinterval: the GIL keeps whole microseconds ((unsigned long)(1e6 * s)), so 1e-9
        // reads back as 0.0 while the GIL still waits at least 1 µs.
        m.AddFunction("getswitchinterval", (a, k) =>
        {
            ArgParser.Exactly("sys.getswitchinterval", a, k, 0);
            return new PyFloat((interp.Gil?.IntervalMicroseconds ?? 5000) * 1e-6);
        });
        m.AddFunction("setswitchinterval", (a, k) =>
        {
            ArgParser.Exactly("sys.setswitchinterval", a, k, 1);
            var v = FuncArgs.ToDouble(a[0]);
            if (v <= 0) throw PyErr.ValueError("switch interval must be strictly positive");
            // The C cast's results on x86-64 for what does not fit: NaN and [2^63, 2^64) give 2^63
            // (kept as long.MaxValue), 2^64 and more give 0.
            double us = 1e6 * v;
            long stored = double.IsNaN(us) ? long.MaxValue : us >= 18446744073709551616.0 ? 0 : us >= 9223372036854775807.0 ? long.MaxValue : (long)us;
            if (interp.Gil is { } gil) gil.IntervalMicroseconds = stored;
            return Py.None;
        });
        m.AddFunction("displayhook", (a, k) =>
        {
            ArgParser.Exactly("displayhook", a, k, 1);
            interp.DisplayHookPublic(a[0]);
            return Py.None;
        });
        m.AddFunction("excepthook", (a, k) =>
        {
            ArgParser.Exactly("excepthook", a, k, 3);
            if (a[1] is PyBaseException e) interp.WriteStderrPublic(TracebackPrinter.Format(e));
            return Py.None;
        });
        m.Add("__displayhook__", m.Dict.GetItem(PyStr.Intern("displayhook")));
        m.Add("__excepthook__", m.Dict.GetItem(PyStr.Intern("excepthook")));
        return m;
    }

    private static long ApproximateSize(PyObject o) => o switch
    {
        PyBool => 28,
        PyInt i => i.IsSmall ? (i.Value == 0 ? 24 : 28) : 24 + 4 * ((long)BigInteger.Abs(i.ToBigInteger()).GetBitLength() + 29) / 30,
        PyFloat => 24,
        PyStr s => 49 + s.Value.Length,
        PyTuple t => 40 + 8 * t.Count,
        PyList l => 56 + 8 * l.Count,
        PyDict d => 64 + 24 * d.Count,
        PySet s => 216 + 16 * s.Count,
        PyNone => 16,
        _ => 48,
    };
}
