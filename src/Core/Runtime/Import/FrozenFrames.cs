// The importlib frames CPython shows in tracebacks. CPython's import system is Python code frozen into
// the interpreter, so an exception raised by it (or passing through it) carries frames whose file is
// "<frozen importlib._bootstrap>"; import.c's remove_importlib_frames then trims them from exceptions
// leaving an import statement: all of them for ImportError, otherwise each chunk that ends in
// _call_with_frames_removed (the call into the module's own code). Ours is C#, so the functions that
// mirror _bootstrap's add the same entries (same names, same line numbers as CPython 3.11.7) while an
// exception passes, and the same trimming runs, so tracebacks read exactly as CPython's.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal static class FrozenFrames
{
    public const string Bootstrap = "<frozen importlib._bootstrap>";
    public const string External = "<frozen importlib._bootstrap_external>";
    private const string RemoveFrames = "_call_with_frames_removed";

    private static readonly Dictionary<(string File, string Name, int Line), Frame> s_frames = new();
    private static readonly PyDict s_globals = new();

    /// <summary>Adds the entry of frozen function <paramref name="name"/> at <paramref name="line"/> to a passing exception.</summary>
    public static void Push(PyException e, string file, string name, int line)
    {
        var exc = e.Value;
        exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, FrameFor(file, name, line), 0);
    }

    /// <summary>The two entries of a call made through _call_with_frames_removed from <paramref name="name"/>.</summary>
    public static void PushRemovedCall(PyException e, string file, string name, int line)
    {
        Push(e, Bootstrap, RemoveFrames, 241);
        Push(e, file, name, line);
    }

    private static Frame FrameFor(string file, string name, int line)
    {
        lock (s_frames)
        {
            if (s_frames.TryGetValue((file, name, line), out var f)) return f;
            var code = new CodeObject
            {
                co_code = [(byte)OpCode.NOP, 0],
                co_consts = [],
                co_names = [],
                co_varnames = [],
                co_cellvars = [],
                co_freevars = [],
                co_argcount = 0,
                co_posonlyargcount = 0,
                co_kwonlyargcount = 0,
                co_stacksize = 1,
                co_flags = CodeFlags.Optimized | CodeFlags.NewLocals,
                co_filename = file,
                co_name = name,
                co_qualname = name,
                co_firstlineno = line,
                Positions = [new SourcePosition(line, line, -1, -1)],
                ExceptionTable = [],
                Cell2Arg = [],
            };
            f = new Frame(code, s_globals, s_globals, null).MarkEscaped();
            s_frames[(file, name, line)] = f;
            return f;
        }
    }

    /// <summary>import.c remove_importlib_frames, applied when an exception leaves an import statement.</summary>
    public static void RemoveImportlibFrames(PyBaseException exc)
    {
        if (exc.Traceback is not PyTraceback first) return;
        bool alwaysTrim = exc.Type.IsSubtype(ExceptionTypes.ImportError);
        // Links are "the slot that points at a traceback entry": null means exc.Traceback itself.
        PyTraceback? outerLink = null, prevLink = null;
        bool outerIsHead = false, prevIsHead = true;
        bool inImportlib = false;
        PyTraceback? head = first;
        for (var tb = first; tb is not null;)
        {
            var next = tb.Next;
            var code = tb.Frame.Code;
            bool now = code.co_filename is Bootstrap or External;
            if (now && !inImportlib)
            {
                outerLink = prevLink;
                outerIsHead = prevIsHead;
            }
            inImportlib = now;
            if (inImportlib && (alwaysTrim || code.co_name == RemoveFrames))
            {
                if (outerIsHead) head = next; else outerLink!.Next = next;
                prevLink = outerLink;
                prevIsHead = outerIsHead;
            }
            else
            {
                prevLink = tb;
                prevIsHead = false;
            }
            tb = next;
        }
        exc.Traceback = head;
    }
}
