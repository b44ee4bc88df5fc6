// Stands for the controlled scheduler's ExecutionCanceledException in ThreadsTests: any exception of
// the scheduling namespace must pass through the eval loop untouched.
namespace GilRuntime.Threading.Scheduling;

public sealed class TestCancellation : Exception
{
}
