// Shared set-up for VM tests: an Interpreter writing to string buffers, bound to the test thread.
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public abstract class VmTestBase
{
    protected readonly StringWriter Out = new();
    protected readonly StringWriter Err = new();
    protected readonly Interpreter Interp;
    protected readonly PyDict Globals = new();

    protected VmTestBase()
    {
        Interp = new Interpreter(new InterpreterOptions { Argv = ["test.py"], Stdout = Out, Stderr = Err, Stdin = new StringReader("") });
        Interp.MainThread.Bind();
        Globals.SetItem(PyStr.Intern("__name__"), PyStr.From("__main__"));
    }

    /// <summary>Runs module-level code in Globals and returns what it returned.</summary>
    protected PyObject Run(CodeObject code) => Interp.ExecCode(code, Globals, Globals);

    /// <summary>Builds a module body; the function sets its flags as a module's.</summary>
    internal static CodeBuilder Module() => new() { Flags = CodeFlags.None, Name = "<module>" };

    protected static PyException Raises(Action action)
    {
        try { action(); }
        catch (PyException e) { return e; }
        throw new Xunit.Sdk.XunitException("expected a Python exception");
    }
}
