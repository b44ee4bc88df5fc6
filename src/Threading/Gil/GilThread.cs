// A thread as the GIL sees it (the part of CPython's PyThreadState that ceval_gil.c touches): who it
// is, and the counters the statistics are made of. The Core's ThreadState owns one.
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public sealed class GilThread
{
    public GilThread(ScheduledThread scheduled, string name, bool isMain)
    {
        Scheduled = scheduled;
        Name = name;
        IsMain = isMain;
    }

    public ScheduledThread Scheduled { get; }

    /// <summary>The thread's name (threading's name), shown in statistics and the trace; may be renamed.</summary>
    public string Name { get; set; }

    public bool IsMain { get; }

    /// <summary>Stable id: the scheduler's serial number.</summary>
    public int Id => Scheduled.Serial;

    /// <summary>Bytecode instructions this thread has executed (kept current by the eval loop at its polls).</summary>
    public long Instructions;

    /// <summary>This thread's record under the GIL it last used (statistics and per-thread policy state).</summary>
    public GilThreadStats? Stats;
}
