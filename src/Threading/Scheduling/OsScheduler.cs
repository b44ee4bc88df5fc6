// The production scheduler: real OS threads, real clocks, and the primitives of the operating system.
// A condition wakes its waiters FIFO, each on its own event. (.NET's waits round timeouts to whole
// milliseconds; the switch interval can be 0.1 ms, so the timed wait is a candidate for a native one.)
namespace GilRuntime.Threading.Scheduling;

using System.Diagnostics;

public sealed class OsScheduler : IScheduler
{
    public static readonly OsScheduler Instance = new();

    [ThreadStatic] private static ScheduledThread? t_current;
    private int _nextSerial;

    public bool IsControlled => false;

    public ScheduledThread? CurrentThread => t_current;

    public ScheduledThread StartThread(string name, int maxStackBytes, Action body)
    {
        var handle = new ScheduledThread(Interlocked.Increment(ref _nextSerial) - 1, name, null);
        var thread = new Thread(() =>
        {
            t_current = handle;
            try { body(); }
            finally { handle.MarkFinished(); t_current = null; }
        }, maxStackBytes) { Name = name, IsBackground = true };
        handle.OsThread = thread;
        thread.Start();
        return handle;
    }

    public ScheduledThread AttachCurrentThread(string name)
    {
        var handle = new ScheduledThread(Interlocked.Increment(ref _nextSerial) - 1, name, Thread.CurrentThread);
        t_current = handle;
        return handle;
    }

    public void DetachCurrentThread()
    {
        t_current?.MarkFinished();
        t_current = null;
    }

    public ISchedMutex CreateMutex() => new OsMutex();

    public ISchedCondition CreateCondition(ISchedMutex mutex) => new OsCondition((OsMutex)mutex);

    public long MonotonicNanoseconds => (long)(Stopwatch.GetTimestamp() * s_nanosPerTick);

    public long WallClockNanoseconds => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static readonly double s_nanosPerTick = 1e9 / Stopwatch.Frequency;

    public void Sleep(long nanoseconds)
    {
        if (nanoseconds <= 0) { Thread.Yield(); return; }
        Thread.Sleep(TimeSpan.FromTicks(Math.Max(1, nanoseconds / 100)));
    }

    public void SchedulingPoint(SchedulingPointKind kind) { }
}

/// <summary>A non-reentrant OS mutex (Monitor on a private object).</summary>
internal sealed class OsMutex : ISchedMutex
{
    internal readonly object Gate = new();

    public void Enter() => Monitor.Enter(Gate);

    public void Exit() => Monitor.Exit(Gate);
}

/// <summary>
/// A condition variable: waiters queue FIFO, each on its own event, so a signal wakes exactly one and
/// a timed wait has the resolution of the OS timer rather than Monitor.Wait's whole milliseconds.
/// </summary>
internal sealed class OsCondition : ISchedCondition
{
    private readonly OsMutex _mutex;
    private readonly LinkedList<ManualResetEventSlim> _waiters = new();

    public OsCondition(OsMutex mutex) => _mutex = mutex;

    public bool Wait(long timeoutNanoseconds)
    {
        var ev = new ManualResetEventSlim(false, spinCount: 0);
        var node = _waiters.AddLast(ev);
        Monitor.Exit(_mutex.Gate);
        bool signalled;
        try
        {
            signalled = timeoutNanoseconds < 0
                ? ev.Wait(Timeout.Infinite)
                : ev.Wait(TimeSpan.FromTicks(Math.Max(1, timeoutNanoseconds / 100)));
        }
        finally
        {
            Monitor.Enter(_mutex.Gate);
        }
        if (!signalled)
        {
            // A signal may have raced the timeout: it removed the node and set the event.
            if (node.List is not null) _waiters.Remove(node);
            else signalled = true;
        }
        ev.Dispose();
        return signalled;
    }

    public void Signal()
    {
        var first = _waiters.First;
        if (first is null) return;
        _waiters.RemoveFirst();
        first.Value.Set();
    }

    public void Broadcast()
    {
        while (_waiters.First is { } first)
        {
            _waiters.RemoveFirst();
            first.Value.Set();
        }
    }
}
