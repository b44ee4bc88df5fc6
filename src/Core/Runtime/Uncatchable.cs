// Exceptions that pass through the eval loop and every catch in Core untouched: a thread ending at
// finalization, and the controlled scheduler cancelling a run (deadlock, step bound). Turning either
// into a Python exception would let Python code catch it and keep running.
namespace GilRuntime.Core.Runtime;

public static class Uncatchable
{
    /// <summary>True for exceptions no Python-level handler may see; `catch (Exception e) when (!Uncatchable.Is(e))`.</summary>
    public static bool Is(Exception e) =>
        e is ThreadExitException || IsCancellation(e);

    /// <summary>The controlled scheduler's ExecutionCanceledException (any exception of its namespace).</summary>
    public static bool IsCancellation(Exception e) =>
        e.GetType().Namespace == "GilRuntime.Threading.Scheduling";
}
