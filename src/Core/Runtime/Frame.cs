// frame objects: the dynamic half of execution (the CodeObject is the static half). One localsplus
// array holds fast locals, cells, free variables and the value stack, laid out as CodeObject
// documents. The eval loop keeps ip and sp in locals and stores LastI before each instruction (as
// CPython stores prev_instr), so f_lasti/f_lineno always name the instruction running or last run.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

public sealed class Frame : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("frame", typeof(Frame));

    // Code, Globals, Builtins and LocalsPlus change only when FramePool hands a released frame to a
    // new call; a frame that escaped (see Escaped) is never reused.
    public CodeObject Code;
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>The locals mapping of module and class frames (module frames: the globals); null for functions.</summary>
    public PyDict? Locals;
    public PyObject?[] LocalsPlus;
    public Frame? Back;
    /// <summary>Index (in code units) of the instruction last started; -1 before the first.</summary>
    public int LastI = -1;
    /// <summary>The function being run (for COPY_FREE_VARS), or null for module/exec frames.</summary>
    public PyFunction? Function;
    /// <summary>
    /// Set once anything may hold this frame after its call returns (a traceback, sys._getframe,
    /// f_back, a generator): such a frame keeps its contents and is never recycled by FramePool.
    /// </summary>
    internal bool Escaped;
    /// <summary>
    /// The value-stack top saved when the eval loop leaves this frame without finishing it: by YIELD_VALUE
    /// in a generator frame (the resume point is LastI + 1), and by FOR_ITER while the generator it
    /// iterates runs inline. Yielded: whether the last run ended in a yield rather than a return or raise.
    /// </summary>
    internal int StackTop;
    internal bool Yielded;
    /// <summary>
    /// Bytecodes this frame ran that its thread's InstructionsExecuted does not count yet: the eval loop
    /// counts here, in the frame it holds in a register anyway, and adds the count to the thread's at
    /// every eval-breaker poll and every exit (return, yield, exception).
    /// </summary>
    internal long Instructions;
    /// <summary>The generator object that owns this frame (set by the Generators project), or null.</summary>
    public PyObject? Generator;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyDict? locals)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        LocalsPlus = new PyObject?[code.FrameSize];
    }

    public override PyType Type => TypeObject;

    static Frame()
    {
        TypeObject.AddMethod("clear", static (self, args, kw) =>
        {
            ArgParser.Exactly("frame.clear", args, kw, 0);
            ((Frame)self).Clear();
            return Py.None;
        });
    }

    /// <summary>
    /// frame.clear() (CPython: frame_clear): a paused or unstarted generator's frame closes its
    /// generator (its finally blocks run; an error there is unraisable, as in _PyGen_Finalize); any
    /// other frame drops its locals, unless some thread is running it.
    /// </summary>
    internal void Clear()
    {
        if (Generator is { } gen && Ops.GetAttr(gen, "gi_frame") is Frame)
        {
            if (Ops.IsTrue(Ops.GetAttr(gen, "gi_running"))) throw PyErr.RuntimeError("cannot clear an executing frame");
            try
            {
                Ops.CallMethod(gen, "close");
            }
            catch (PyException e)
            {
                ThreadState.Current.Interpreter.WriteUnraisable(e.Value, "Exception ignored in", gen);
            }
            return;
        }
        foreach (var ts in ThreadState.Current.Interpreter.Threads)
            for (var f = ts.Frame; f is not null; f = f.Back)
                if (ReferenceEquals(f, this)) throw PyErr.RuntimeError("cannot clear an executing frame");
        Array.Clear(LocalsPlus);
        _localsSnapshot = null;
    }

    /// <summary>Marks the frame as referenced from outside its call (so it is never recycled); returns it.</summary>
    public Frame MarkEscaped()
    {
        Escaped = true;
        return this;
    }

    /// <summary>Readies a released frame for a new call (FramePool); its LocalsPlus is already cleared.</summary>
    internal void Reinit(CodeObject code, PyFunction fn)
    {
        Code = code;
        Globals = fn.Globals;
        Builtins = fn.Builtins;
        Function = fn;
        Locals = null;
        _localsSnapshot = null;
        Back = null;
        LastI = -1;
        if (LocalsPlus.Length < code.FrameSize) LocalsPlus = new PyObject?[code.FrameSize];
    }

    public int LineNo
    {
        get
        {
            var line = Code.LineAt(Math.Max(LastI, 0));
            return line < 0 ? Code.co_firstlineno : line;
        }
    }

    /// <summary>f_locals: the locals dict, or for function frames a fresh snapshot of the fast locals and cells.</summary>
    public PyDict GetLocals()
    {
        if (Locals is not null) return Locals;
        // PyFrame_FastToLocals: one dict per frame, refreshed from the fast locals on each call; keys
        // that are not fast locals (e.g. written by exec) stay, unbound locals are removed.
        var d = _localsSnapshot ??= new PyDict();
        var code = Code;
        int nlocals = code.co_nlocals;
        for (int i = 0; i < nlocals; i++)
        {
            var key = PyStr.Intern(code.co_varnames[i]);
            if (LocalsPlus[i] is { } v) d.SetItem(key, v); else d.Remove(key);
        }
        int nderef = code.NCells + code.NFree;
        for (int i = 0; i < nderef; i++)
        {
            var key = PyStr.Intern(code.DerefName(i));
            if (LocalsPlus[nlocals + i] is PyCell { Value: { } cv }) d.SetItem(key, cv); else d.Remove(key);
        }
        return d;
    }

    private PyDict? _localsSnapshot;

    public override string Repr() =>
        $"<frame at {Ops.IdHex(this)}, file '{Code.co_filename}', line {LineNo}, code {Code.co_name}>";

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "f_back" => Back is { } back ? back.MarkEscaped() : Py.None,
        "f_code" => Code,
        "f_globals" => Globals,
        "f_builtins" => Builtins,
        "f_locals" => GetLocals(),
        "f_lasti" => PyInt.From(Math.Max(LastI, 0) * 2),
        "f_lineno" => PyInt.From(LineNo),
        "f_trace" => Py.None,
        _ => base.LookupAttr(name),
    };
}
