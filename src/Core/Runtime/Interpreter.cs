// The interpreter (CPython's PyInterpreterState): sys.modules, the builtins, the eval breaker and
// the thread states that run Python code against them. RunFile/RunString are the entry points of
// the `gilrun` command: they run a program as __main__ and turn an uncaught exception into a
// CPython-format traceback on stderr and an exit status.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Modules;
using GilRuntime.Core.Objects;
using GilRuntime.Threading;

public sealed class Interpreter
{
    private readonly Dictionary<string, Func<Interpreter, PyModule>> _builtinModules = new();
    private readonly List<ThreadState> _threads = [];
    private readonly ThreadState _mainThread;
    private int _recursionLimit;

    public InterpreterOptions Options { get; }
    public PyDict Builtins { get; }
    public PyDict Modules { get; } = new();
    public EvalBreaker EvalBreaker { get; } = new();
    public PyModule BuiltinsModule { get; }
    public PyModule SysModule { get; }

    /// <summary>Makes generator objects for generator/coroutine frames (set by the Generators project).</summary>
    public Func<Frame, PyObject>? GeneratorFactory { get; set; }

    public Interpreter(InterpreterOptions options)
    {
        Options = options;
        PyGetSetDescriptor.RegisterObjectAttributes();
        _recursionLimit = options.RecursionLimit;
        _mainThread = new ThreadState(this);
        _threads.Add(_mainThread);
        BuiltinsModule = global::GilRuntime.Core.Modules.BuiltinsModule.Create(this);
        Builtins = BuiltinsModule.Dict;
        SysModule = global::GilRuntime.Core.Modules.SysModule.Create(this);
        Modules.SetItem(PyStr.Intern("builtins"), BuiltinsModule);
        Modules.SetItem(PyStr.Intern("sys"), SysModule);
        foreach (var (name, factory) in ModuleTable.Builtin) RegisterBuiltinModule(name, factory);
        foreach (var (name, factory) in s_extraModules) RegisterBuiltinModule(name, factory);
    }

    private static readonly List<(string, Func<Interpreter, PyModule>)> s_extraModules = [];

    /// <summary>Registers a builtin module for every interpreter created afterwards (e.g. math).</summary>
    public static void RegisterGlobalModule(string name, Func<Interpreter, PyModule> factory)
    {
        lock (s_extraModules) s_extraModules.Add((name, factory));
    }

    /// <summary>Makes a builtin module importable by name in this interpreter; created on first import.</summary>
    public void RegisterBuiltinModule(string name, Func<Interpreter, PyModule> factory) => _builtinModules[name] = factory;

    public IReadOnlyCollection<string> BuiltinModuleNames => [.. _builtinModules.Keys, "sys", "builtins"];

    public IReadOnlyList<ThreadState> Threads => _threads;

    public int RecursionLimit
    {
        get => _recursionLimit;
        set => _recursionLimit = value;
    }

    /// <summary>The main thread's state.</summary>
    public ThreadState MainThread => _mainThread;

    // ---- running programs ------------------------------------------------------------------------

    public int RunFile(string path)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Options.Stderr.WriteLine($"gilrun: can't open file '{path}': [Errno 2] No such file or directory");
            return 2;
        }
        return RunMain(source, path);
    }

    public int RunString(string source, string filename = "<string>") => RunMain(source, filename);

    private int RunMain(string source, string filename)
    {
        var prev = _mainThread.Bind();
        try
        {
            var main = new PyModule("__main__");
            main.Add("__builtins__", BuiltinsModule);
            main.Add("__doc__", Py.None);
            main.Add("__package__", Py.None);
            main.Add("__spec__", Py.None);
            main.Add("__loader__", Py.None);
            if (filename != "<string>") main.Add("__file__", PyStr.From(filename));
            Modules.SetItem(PyStr.Intern("__main__"), main);
            try
            {
                var code = SourceCompiler.Compile(source, filename, "exec");
                ExecCode(code, main.Dict, main.Dict);
                FlushStdout();
                return 0;
            }
            catch (PyException e)
            {
                return HandleUncaught(e.Value);
            }
            catch (Exception e) when (e is not PyException)
            {
                return HandleUncaught(EvalLoop.TranslateClrException(e));
            }
        }
        finally
        {
            ThreadState.Restore(prev);
        }
    }

    /// <summary>
    /// Prints an uncaught exception (or applies SystemExit) and returns the exit status, as
    /// _PyErr_PrintEx does: sys.last_* are set, sys.excepthook is called (the builtin one prints the
    /// traceback), and an exception inside the hook is reported before the original one.
    /// </summary>
    internal int HandleUncaught(PyBaseException exc)
    {
        if (exc is PySystemExit se) return HandleSystemExit(se);
        FlushStdout();
        var sys = SysModule.Dict;
        var tb = exc.Traceback ?? (PyObject)Py.None;
        sys.SetItem(PyStr.Intern("last_type"), exc.Type);
        sys.SetItem(PyStr.Intern("last_value"), exc);
        sys.SetItem(PyStr.Intern("last_traceback"), tb);
        try
        {
            if (!sys.TryGetValue(PyStr.Intern("excepthook"), out var hook) || hook is PyNone)
            {
                WriteStderr("sys.excepthook is missing\n");
                WriteStderr(TracebackPrinter.Format(exc));
            }
            else if (sys.TryGetValue(PyStr.Intern("__excepthook__"), out var builtinHook) && ReferenceEquals(hook, builtinHook))
            {
                WriteStderr(TracebackPrinter.Format(exc));
            }
            else
            {
                try
                {
                    hook.Call([exc.Type, exc, tb], null);
                }
                catch (Exception e) when (e is PyException || e is not OutOfMemoryException)
                {
                    var hookExc = EvalLoop.TranslateClrException(e);
                    if (hookExc is PySystemExit hse) return HandleSystemExit(hse);
                    WriteStderr("Error in sys.excepthook:\n");
                    WriteStderr(TracebackPrinter.Format(hookExc));
                    WriteStderr("\nOriginal exception was:\n");
                    WriteStderr(TracebackPrinter.Format(exc));
                }
            }
            FlushStdout();
        }
        catch (Exception e)
        {
            Options.Stderr.WriteLine($"Error in sys.excepthook: {e.Message}");
        }
        // A KeyboardInterrupt ends the process as if by SIGINT (status 128 + 2), as CPython's main does.
        return exc.Type.IsSubtype(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
    }

    internal int HandleUncaughtForTest(PyBaseException exc) => HandleUncaught(exc);

    private int HandleSystemExit(PySystemExit se)
    {
        FlushStdout();
        var code = se.Code;
        if (code is PyNone) return 0;
        if (code is PyInt i) return i.IsSmall ? unchecked((int)i.Value) : -1;
        WriteStderr(Ops.Str(code) + "\n");
        return 1;
    }

    internal void FlushStdout()
    {
        try
        {
            if (SysModule.Dict.TryGetValue(PyStr.Intern("stdout"), out var so) && so is not PyNone)
            {
                var flush = so.LookupAttr(PyStr.Intern("flush"));
                flush?.Call([], null);
            }
        }
        catch (PyException) { }
        Options.Stdout.Flush();
    }

    internal void WriteStderr(string text)
    {
        if (SysModule.Dict.TryGetValue(PyStr.Intern("stderr"), out var se) && se is not PyNone and not global::GilRuntime.Core.Modules.TextIOWrapper)
        {
            try
            {
                Ops.CallMethod(se, "write", PyStr.From(text));
                return;
            }
            catch (PyException) { }
        }
        Options.Stderr.Write(text);
        Options.Stderr.Flush();
    }

    /// <summary>Runs a module-level code object with the given namespaces (exec semantics).</summary>
    public PyObject ExecCode(CodeObject code, PyDict globals, PyDict? locals)
    {
        var ts = ThreadState.CurrentOrNull ?? _mainThread;
        var builtins = BuiltinsFor(globals);
        bool optimized = (code.co_flags & CodeFlags.Optimized) != 0;
        var frame = new Frame(code, globals, builtins, optimized ? null : locals ?? globals);
        return EvalLoop.Run(ts, frame);
    }

    /// <summary>The builtins dict a frame with these globals uses; inserts __builtins__ if missing (as exec does).</summary>
    internal PyDict BuiltinsFor(PyDict globals)
    {
        var key = PyStr.Intern("__builtins__");
        if (globals.TryGetValue(key, out var b))
        {
            if (b is PyModule bm) return bm.Dict;
            if (b is PyDict bd) return bd;
        }
        else globals.SetItem(key, BuiltinsModule);
        return Builtins;
    }

    // ---- import ------------------------------------------------------------------------------------

    /// <summary>IMPORT_NAME / __import__: the module bound by `import name` (the top package when no fromlist).</summary>
    public PyObject ImportName(string name, PyDict? globals, PyObject? fromlist, int level)
    {
        if (level > 0) name = ResolveRelative(name, globals, level);
        if (name.Length == 0) throw PyErr.ValueError("Empty module name");
        var parts = name.Split('.');
        PyObject? top = null;
        string prefix = "";
        PyObject? module = null;
        foreach (var part in parts)
        {
            var full = prefix.Length == 0 ? part : prefix + "." + part;
            module = ImportOne(full, module);
            top ??= module;
            prefix = full;
        }
        bool hasFromList = fromlist is not null && fromlist is not PyNone && Ops.IsTrue(fromlist);
        return hasFromList ? module! : top!;
    }

    private static string ResolveRelative(string name, PyDict? globals, int level)
    {
        PyObject? pkg = null;
        if (globals is not null && globals.TryGetValue(PyStr.Intern("__package__"), out var p) && p is PyStr) pkg = p;
        if (pkg is null && globals is not null && globals.TryGetValue(PyStr.Intern("__name__"), out var n) && n is PyStr ns)
        {
            bool isPackage = globals.TryGetValue(PyStr.Intern("__path__"), out _);
            var s = ns.Value;
            pkg = PyStr.From(isPackage ? s : (s.Contains('.') ? s[..s.LastIndexOf('.')] : ""));
        }
        var package = pkg is PyStr ps ? ps.Value : "";
        if (package.Length == 0) throw PyErr.ImportError("attempted relative import with no known parent package");
        var bits = package.Split('.');
        if (level - 1 >= bits.Length) throw PyErr.ImportError("attempted relative import beyond top-level package");
        var baseName = string.Join('.', bits, 0, bits.Length - (level - 1));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    private PyObject ImportOne(string fullName, PyObject? parent)
    {
        var key = PyStr.From(fullName);
        if (Modules.TryGetValue(key, out var cached))
        {
            if (cached is PyNone) throw NoModule(fullName);
            return cached;
        }
        if (_builtinModules.TryGetValue(fullName, out var factory))
        {
            var m = factory(this);
            Modules.SetItem(key, m);
            return m;
        }
        IEnumerable<string> searchPath;
        if (parent is not null)
        {
            var path = parent.LookupAttr(PyStr.Intern("__path__"));
            if (path is null) throw NoModule(fullName, $"No module named '{fullName}'; '{((PyModule)parent).Name}' is not a package");
            var dirs = new List<string>();
            foreach (var x in Ops.ToClrList(path)) dirs.Add(Ops.Str(x));
            searchPath = dirs;
        }
        else searchPath = SysPath();
        var shortName = fullName[(fullName.LastIndexOf('.') + 1)..];
        foreach (var dir in searchPath)
        {
            var d = dir.Length == 0 ? "." : dir;
            var pkgInit = Path.Combine(d, shortName, "__init__.py");
            if (File.Exists(pkgInit)) return LoadSourceModule(fullName, pkgInit, Path.Combine(d, shortName), parent);
            var file = Path.Combine(d, shortName + ".py");
            if (File.Exists(file)) return LoadSourceModule(fullName, file, null, parent);
        }
        throw NoModule(fullName);
    }

    private static PyException NoModule(string name, string? message = null)
    {
        var e = PyErr.ModuleNotFoundError(message ?? $"No module named '{name}'");
        e.Value.SetAttr(PyStr.Intern("name"), PyStr.From(name));
        return e;
    }

    private IEnumerable<string> SysPath()
    {
        if (SysModule.Dict.TryGetValue(PyStr.Intern("path"), out var p) && p is PyList list)
        {
            var result = new List<string>();
            foreach (var x in list.AsSpan()) if (x is PyStr s) result.Add(s.Value);
            return result;
        }
        return [];
    }

    private PyModule LoadSourceModule(string fullName, string file, string? packageDir, PyObject? parent)
    {
        var source = File.ReadAllText(file);
        var module = new PyModule(fullName);
        module.Add("__file__", PyStr.From(file));
        module.Add("__builtins__", BuiltinsModule);
        module.Add("__doc__", Py.None);
        module.Add("__spec__", Py.None);
        module.Add("__loader__", Py.None);
        if (packageDir is not null)
        {
            module.Add("__path__", new PyList([PyStr.From(packageDir)]));
            module.Add("__package__", PyStr.From(fullName));
        }
        else module.Add("__package__", PyStr.From(fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : ""));
        var key = PyStr.From(fullName);
        Modules.SetItem(key, module);
        try
        {
            var code = SourceCompiler.Compile(source, file, "exec");
            ExecCode(code, module.Dict, module.Dict);
        }
        catch
        {
            Modules.Remove(key);
            throw;
        }
        var result = Modules.TryGetValue(key, out var final) ? final : module;
        if (parent is not null) parent.SetAttr(PyStr.Intern(fullName[(fullName.LastIndexOf('.') + 1)..]), result);
        return (result as PyModule) ?? module;
    }

    // ---- interactive helpers -------------------------------------------------------------------------

    /// <summary>sys.displayhook: prints repr(value) and stores it in builtins._ (PRINT_EXPR).</summary>
    public void DisplayHookPublic(PyObject value) => DisplayHook(value);

    public void WriteStderrPublic(string text) => WriteStderr(text);

    internal void DisplayHook(PyObject value)
    {
        if (value is PyNone) return;
        Builtins.SetItem(PyStr.Intern("_"), Py.None);
        global::GilRuntime.Core.Modules.BuiltinsModule.WriteToStdout(this, Ops.Repr(value) + "\n");
        Builtins.SetItem(PyStr.Intern("_"), value);
    }
}
