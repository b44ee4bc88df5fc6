// The interpreter (CPython's PyInterpreterState): sys.modules, the builtins, the eval breaker and
// the thread states that run Python code against them. RunFile/RunString are the entry points of
// the `gilrun` command: they run a program as __main__ and turn an uncaught exception into a
// CPython-format traceback on stderr and an exit status.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Modules;
using GilRuntime.Core.Runtime.Import;
using GilRuntime.Core.Objects;
using GilRuntime.Threading;

public sealed partial class Interpreter
{
    private readonly Dictionary<string, Func<Interpreter, PyModule>> _builtinModules = new();
    private readonly ThreadState _mainThread;
    private int _recursionLimit;

    public InterpreterOptions Options { get; }
    public PyDict Builtins { get; }
    public PyDict Modules { get; } = new();
    public EvalBreaker EvalBreaker { get; } = new();
    /// <summary>Abandoned generators/coroutines waiting for their finalizer (see PendingFinalization).</summary>
    public PendingFinalization Finalization { get; }
    /// <summary>The GIL every thread state of this interpreter shares (null: single-threaded, no GIL).</summary>
    public GilRuntime.Threading.Gil.IGil? Gil { get; set; }
    public PyModule BuiltinsModule { get; }
    public PyModule SysModule { get; }

    /// <summary>Makes generator objects for generator/coroutine frames (set by the Generators project).</summary>
    public Func<Frame, PyObject>? GeneratorFactory { get; set; } = DefaultGeneratorFactory();

    private static Func<Frame, PyObject>? s_generatorFactory;
    private static bool s_generatorsProbed;

    /// <summary>
    /// Compiles the eval loop's dispatch method ahead of its first use (see EvalLoop.PrepareDispatch).
    /// Call it after FirstCreated is set: compiled earlier, every static field it reads would cost a call.
    /// </summary>
    public static void PrepareEvalLoop() => EvalLoop.PrepareDispatch();

    /// <summary>Sets the generator factory of every interpreter created afterwards (GilRuntime.Generators calls it).</summary>
    public static void RegisterGeneratorFactory(Func<Frame, PyObject> factory) => s_generatorFactory = factory;

    /// <summary>
    /// Gives FOR_ITER its direct paths into the generator type <paramref name="type"/> (GilRuntime.Generators
    /// registers it): tp_iternext with the thread state, and running a generator's frame inline. Other
    /// iterators go through PyObject.Next().
    /// </summary>
    public static void RegisterGenerator(Type type, in GeneratorEntryPoints entryPoints) =>
        EvalLoop.RegisterGenerator(type, entryPoints);

    // Core cannot reference the Generators assembly (it depends on Core), so a host that did not
    // register it explicitly gets it by name when it sits beside Core, as it does for gilrun and the tests.
    private static Func<Frame, PyObject>? DefaultGeneratorFactory()
    {
        if (s_generatorFactory is null && !s_generatorsProbed)
        {
            s_generatorsProbed = true;
            try
            {
                System.Type.GetType("GilRuntime.Generators.GeneratorSupport, GilRuntime.Generators")
                    ?.GetMethod("Install")?.Invoke(null, null);
            }
            catch (System.IO.IOException) { }
        }
        return s_generatorFactory;
    }

    public Interpreter(InterpreterOptions options)
    {
        Options = options;
        Finalization = new PendingFinalization(this);
        PyGetSetDescriptor.RegisterObjectAttributes();
        _recursionLimit = options.RecursionLimit;
        Scheduler = options.Scheduler;
        var gil = options.GilFactory is { } makeGil ? makeGil(Scheduler, EvalBreaker)
            : GilRuntime.Threading.Gil.GilFactory.Create(options.Gil ?? new GilRuntime.Threading.Gil.GilOptions(), Scheduler, EvalBreaker);
        if (options.SwitchIntervalMicroseconds is { } us) gil.IntervalMicroseconds = us;
        Gil = gil;
        // Under a controlled scheduler every poll must reach SchedulingPoint(BreakerCheck): a bit that
        // stays set sends the eval loop to the slow path at every check site.
        if (Scheduler.IsControlled) EvalBreaker.Set(EvalBreakerBits.SchedulerPoll);
        SignalPending = IsSignalPending;
        _mainThread = new ThreadState(this) { IsMain = true };
        _threads.Add(_mainThread);
        BuiltinsModule = global::GilRuntime.Core.Modules.BuiltinsModule.Create(this);
        Builtins = BuiltinsModule.Dict;
        SysModule = global::GilRuntime.Core.Modules.SysModule.Create(this);
        Import = new ImportSystem(this);
        ImportSystem.InitModuleAttrs(BuiltinImporter.MakeSpec("builtins"), BuiltinsModule, overrideAttrs: false);
        ImportSystem.InitModuleAttrs(BuiltinImporter.MakeSpec("sys"), SysModule, overrideAttrs: false);
        SysModule.Add("meta_path", new PyList([BuiltinImporter.TypeObject, PathFinder.TypeObject]));
        Modules.SetItem(PyStr.Intern("sys"), SysModule);
        Modules.SetItem(PyStr.Intern("builtins"), BuiltinsModule);
        foreach (var (name, factory) in ModuleTable.Builtin) RegisterBuiltinModule(name, factory);
        foreach (var (name, factory) in s_extraModules) RegisterBuiltinModule(name, factory);
        s_firstCreated.Set();
    }

    private static readonly ManualResetEventSlim s_firstCreated = new();

    /// <summary>sys.is_finalizing(): set once exit starts clearing __main__ (see PendingFinalization.AtExit).</summary>
    public bool IsFinalizing { get; internal set; }

    /// <summary>
    /// Set once an interpreter has been made. From then on the runtime's object types are initialised.
    /// The JIT can then compile their static fields into the eval loop as constants, instead of calls
    /// that check for initialisation (see PrepareEvalLoop).
    /// </summary>
    public static WaitHandle FirstCreated => s_firstCreated.WaitHandle;

    private static readonly List<(string, Func<Interpreter, PyModule>)> s_extraModules = [];

    /// <summary>Registers a builtin module for every interpreter created afterwards (e.g. math).</summary>
    public static void RegisterGlobalModule(string name, Func<Interpreter, PyModule> factory)
    {
        lock (s_extraModules) s_extraModules.Add((name, factory));
    }

    /// <summary>Makes a builtin module importable by name in this interpreter; created on first import.</summary>
    public void RegisterBuiltinModule(string name, Func<Interpreter, PyModule> factory) => _builtinModules[name] = factory;

    public IReadOnlyCollection<string> BuiltinModuleNames => [.. _builtinModules.Keys, "sys", "builtins"];

    /// <summary>A snapshot of the live thread states (the list changes as threads start and end).</summary>
    public IReadOnlyList<ThreadState> Threads
    {
        get { lock (_threads) return _threads.ToArray(); }
    }

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
        if (ReadScript(path) is not { } source) return 2;
        return RunMain(source, path);
    }

    public int RunString(string source, string filename = "<string>") => RunMain(source, filename);

    /// <summary>The script's text, or null after printing python3's "can't open file" line.</summary>
    private string? ReadScript(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Options.Stderr.WriteLine($"gilrun: can't open file '{path}': [Errno 2] No such file or directory");
            return null;
        }
    }

    private int RunMain(string source, string filename)
    {
        var prev = _mainThread.Bind();
        bool tookGil = EnsureGil(_mainThread);
        int status;
        try
        {
            // pymain's __main__: the keys and their order are CPython's (runpy/pythonrun).
            var main = NewMainModule(filename);
            Modules.SetItem(PyStr.Intern("__main__"), main);
            status = RunModuleBody(source, filename, main);
            // Py_FinalizeEx: wait for the non-daemon threads, then stop the others.
            WaitForThreadShutdown();
            // Generators and coroutines abandoned during the run get their finalizers (finally blocks,
            // "never awaited" warnings) before the streams are flushed for the last time.
            Finalization.AtExit();
            FlushStdout();
        }
        finally
        {
            if (tookGil) Finalize(_mainThread);
            ThreadState.Restore(prev);
        }
        return status;
    }

    /// <summary>A fresh __main__ module for a program read from <paramref name="filename"/>.</summary>
    internal PyModule NewMainModule(string filename)
    {
        var main = ImportSystem.NewModule("__main__");
        bool isFile = filename is not ("<string>" or "<stdin>");
        main.Add("__loader__", isFile ? new PySourceFileLoader("__main__", filename) : BuiltinImporter.TypeObject);
        main.Add("__annotations__", new PyDict());
        main.Add("__builtins__", BuiltinsModule);
        if (filename != "<string>")
        {
            main.Add("__file__", PyStr.From(filename));
            main.Add("__cached__", Py.None);
        }
        return main;
    }

    /// <summary>Compiles and runs a program in <paramref name="main"/>; an uncaught exception is printed and becomes the status.</summary>
    internal int RunModuleBody(string source, string filename, PyModule main)
    {
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
        catch (Exception e) when (e is not PyException && !Uncatchable.Is(e))
        {
            return HandleUncaught(EvalLoop.TranslateClrException(e));
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

    /// <summary>The import system (Runtime/Import): sys.modules, finders, loaders.</summary>
    public ImportSystem Import { get; }

    /// <summary>IMPORT_NAME / __import__: the module bound by `import name` (the top package when no fromlist).</summary>
    public PyObject ImportName(string name, PyDict? globals, PyObject? fromlist, int level) =>
        Import.ImportModuleLevel(name, globals, fromlist, level);

    /// <summary>True when <paramref name="name"/> is a module built into gilrun (BuiltinImporter.find_spec).</summary>
    public bool HasBuiltinModule(string name) =>
        _builtinModules.ContainsKey(name) || name is "sys" or "builtins";

    /// <summary>Builds a builtin module (BuiltinImporter.create_module); null if there is none by that name.</summary>
    public PyModule? CreateBuiltinModule(string name)
    {
        if (name == "sys") return SysModule;
        if (name == "builtins") return BuiltinsModule;
        return _builtinModules.TryGetValue(name, out var factory) ? factory(this) : null;
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
