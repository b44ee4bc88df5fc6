// The eval breaker: one word the eval loop polls at RESUME, backward jumps and after calls (CPython:
// ceval.eval_breaker, and in 3.13 the per-thread bit set of gil.md §1.9). Whoever wants the running
// thread's attention sets a bit; the loop sees a non-zero word and takes the slow path.
//
// Layout (bits of _word):
//   0  GilDropRequest     another thread waited a whole switch interval for the GIL
//   1  SignalsPending     a signal handler must run (main thread only)
//   2  PendingCalls       Py_AddPendingCall work is queued
//   3  AsyncException     PyThreadState_SetAsyncExc targeted this thread
//   4  SchedulerPoll      set for good under a controlled scheduler: every poll is a scheduling point
//   5  PendingFinalizers  the .NET GC found abandoned generators/coroutines to finalize (gc.md in docs/architecture.md)
namespace GilRuntime.Threading;

using System.Runtime.CompilerServices;

[Flags]
public enum EvalBreakerBits
{
    None = 0,
    GilDropRequest = 1 << 0,
    SignalsPending = 1 << 1,
    PendingCalls = 1 << 2,
    AsyncException = 1 << 3,
    SchedulerPoll = 1 << 4,
    PendingFinalizers = 1 << 5,
}

public sealed class EvalBreaker
{
    private volatile int _word;

    /// <summary>True when any bit is set: the one load the eval loop does at its check sites.</summary>
    public bool IsSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _word != 0;
    }

    public EvalBreakerBits Bits => (EvalBreakerBits)_word;

    public void Set(EvalBreakerBits bits)
    {
        int old;
        do old = _word; while (Interlocked.CompareExchange(ref _word, old | (int)bits, old) != old);
    }

    public void Clear(EvalBreakerBits bits)
    {
        int old;
        do old = _word; while (Interlocked.CompareExchange(ref _word, old & ~(int)bits, old) != old);
    }

    public bool Has(EvalBreakerBits bits) => (_word & (int)bits) != 0;
}
