// Ends a Python thread that must not run Python code any more (finalization began while it waited for
// the GIL). It unwinds the thread's .NET stack without running Python except/finally blocks, as
// CPython's PyThread_exit_thread does, so no catch in Core may turn it into a Python exception.
namespace GilRuntime.Core.Runtime;

public sealed class ThreadExitException : Exception
{
    public ThreadExitException() : base("the Python thread exits: the interpreter is finalizing") { }
}
