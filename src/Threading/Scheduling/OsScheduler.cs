// The production scheduler: real OS threads, real clocks, and the primitives of the operating system.
// A condition wakes its waiters FIFO, each on its own word. .NET's waits round timeouts to whole
// milliseconds while the switch interval can be 0.1 ms, so on Linux timed waits are futex waits and
// sleeps are clock_nanosleep, both with nanosecond timeouts on CLOCK_MONOTONIC (see OsCondition).
namespace GilRuntime.Threading.Scheduling;

using System.Diagnostics;
using System.Runtime.InteropServices;

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

    public long MonotonicNanoseconds => MonotonicNow();

    /// <summary>The monotonic clock in nanoseconds (on Linux Stopwatch ticks already are nanoseconds).</summary>
    internal static long MonotonicNow() =>
        s_ticksAreNanoseconds ? Stopwatch.GetTimestamp() : (long)(Stopwatch.GetTimestamp() * s_nanosPerTick);

    private static readonly bool s_ticksAreNanoseconds = Stopwatch.Frequency == 1_000_000_000;

    public long WallClockNanoseconds => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static readonly double s_nanosPerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>
    /// On Linux, clock_nanosleep to an absolute CLOCK_MONOTONIC deadline, exactly as CPython's time.sleep:
    /// sub-millisecond sleeps are honoured, and a sleep of 0 enters the kernel too (about 50-60 µs of
    /// timer slack, CPython's measured time.sleep(0)). Elsewhere: Thread.Yield for 0, Thread.Sleep otherwise.
    /// </summary>
    public void Sleep(long nanoseconds)
    {
        if (nanoseconds < 0) nanoseconds = 0;
        if (LinuxNative.Available) { LinuxNative.SleepNanoseconds(nanoseconds); return; }
        if (nanoseconds == 0) { Thread.Yield(); return; }
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
/// A condition variable: waiters queue FIFO, so a signal wakes exactly the longest waiter. Each thread
/// waits on a word of its own. On Linux the wait is a futex wait with a relative CLOCK_MONOTONIC
/// timeout in nanoseconds, so a 0.1 ms switch interval gets 0.1 ms waits (plus the kernel's timer slack,
/// 50 µs by default, as CPython's pthread_cond_timedwait gets); .NET's own waits round to whole
/// milliseconds. Elsewhere the word is paired with a ManualResetEventSlim (millisecond resolution).
/// </summary>
internal sealed class OsCondition : ISchedCondition
{
    private readonly OsMutex _mutex;
    private Waiter? _head, _tail;

    /// <summary>The calling thread's waiter: a thread waits on one condition at a time.</summary>
    [ThreadStatic] private static Waiter? t_waiter;

    public OsCondition(OsMutex mutex) => _mutex = mutex;

    public bool Wait(long timeoutNanoseconds)
    {
        var w = t_waiter ??= new Waiter();
        w.Reset();
        w.Next = null;
        w.Queued = true;
        if (_tail is null) _head = w; else _tail.Next = w;
        _tail = w;
        Monitor.Exit(_mutex.Gate);
        bool woken = false;
        try
        {
            w.Block(timeoutNanoseconds);
        }
        finally
        {
            Monitor.Enter(_mutex.Gate);
            // Still queued: the timeout ran out (or the wait unwound) before any signal, so leave the
            // queue. Dequeued: a signal chose us, possibly just after the timeout; it counts as a wake-up.
            if (w.Queued) Remove(w);
            else woken = true;
        }
        return woken;
    }

    private void Remove(Waiter w)
    {
        Waiter? prev = null;
        for (var cur = _head; cur is not null; prev = cur, cur = cur.Next)
        {
            if (!ReferenceEquals(cur, w)) continue;
            if (prev is null) _head = cur.Next; else prev.Next = cur.Next;
            if (ReferenceEquals(_tail, cur)) _tail = prev;
            break;
        }
        w.Next = null;
        w.Queued = false;
    }

    public void Signal()
    {
        var w = _head;
        if (w is null) return;
        _head = w.Next;
        if (_head is null) _tail = null;
        w.Next = null;
        w.Queued = false;
        w.Wake();
    }

    public void Broadcast()
    {
        while (_head is not null) Signal();
    }

    private sealed class Waiter
    {
        // The futex word (0 = waiting, 1 = woken), in a pinned array so the kernel can address it.
        private readonly int[] _word = GC.AllocateArray<int>(1, pinned: true);
        private readonly ManualResetEventSlim? _event = LinuxNative.Available ? null : new(false, spinCount: 0);
        public Waiter? Next;
        public bool Queued;

        public void Reset()
        {
            Volatile.Write(ref _word[0], 0);
            _event?.Reset();
        }

        public void Wake()
        {
            Volatile.Write(ref _word[0], 1);
            if (_event is not null) _event.Set();
            else LinuxNative.FutexWake(ref _word[0]);
        }

        /// <summary>Blocks until woken or until the timeout (negative: none) ran out; true when woken.</summary>
        public bool Block(long timeoutNanoseconds)
        {
            if (_event is not null)
            {
                return timeoutNanoseconds < 0
                    ? _event.Wait(Timeout.Infinite)
                    : _event.Wait(TimeSpan.FromTicks(Math.Max(1, (timeoutNanoseconds + 99) / 100)));
            }
            long deadline = timeoutNanoseconds < 0 ? long.MaxValue : LinuxNative.MonotonicNow() + timeoutNanoseconds;
            while (Volatile.Read(ref _word[0]) == 0)
            {
                long remaining = -1;
                if (timeoutNanoseconds >= 0)
                {
                    remaining = deadline - LinuxNative.MonotonicNow();
                    if (remaining <= 0) return Volatile.Read(ref _word[0]) != 0;
                }
                LinuxNative.FutexWait(ref _word[0], 0, remaining);
            }
            return true;
        }
    }
}

/// <summary>The Linux calls behind OsCondition's timed waits and OsScheduler.Sleep (libc's syscall and clock_nanosleep).</summary>
internal static unsafe class LinuxNative
{
    public static readonly bool Available = OperatingSystem.IsLinux()
        && (System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture
            is System.Runtime.InteropServices.Architecture.X64 or System.Runtime.InteropServices.Architecture.Arm64);

    private const int ClockMonotonic = 1;
    private const int TimerAbstime = 1;
    private const int FutexWaitPrivate = 0 | 128;
    private const int FutexWakePrivate = 1 | 128;
    private const int Eintr = 4;
    private static readonly long SysFutex =
        System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? 98 : 202;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "syscall")]
    private static extern long Syscall(long number, int* address, int op, int value, Timespec* timeout, int* address2, int value3);

    [DllImport("libc", EntryPoint = "clock_nanosleep")]
    private static extern int ClockNanosleep(int clock, int flags, Timespec* request, Timespec* remain);

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGettime(int clock, Timespec* time);

    /// <summary>CLOCK_MONOTONIC in nanoseconds (Stopwatch reads the same clock on Linux).</summary>
    public static long MonotonicNow() => OsScheduler.MonotonicNow();

    /// <summary>Sleeps while *word == expected, at most <paramref name="timeoutNs"/> (negative: no limit).</summary>
    public static void FutexWait(ref int word, int expected, long timeoutNs)
    {
        fixed (int* p = &word)
        {
            if (timeoutNs < 0)
            {
                Syscall(SysFutex, p, FutexWaitPrivate, expected, null, null, 0);
            }
            else
            {
                var ts = new Timespec { Seconds = timeoutNs / 1_000_000_000, Nanoseconds = timeoutNs % 1_000_000_000 };
                Syscall(SysFutex, p, FutexWaitPrivate, expected, &ts, null, 0);
            }
        }
    }

    public static void FutexWake(ref int word)
    {
        fixed (int* p = &word) Syscall(SysFutex, p, FutexWakePrivate, 1, null, null, 0);
    }

    /// <summary>
    /// Sleeps until CLOCK_MONOTONIC reaches now + <paramref name="nanoseconds"/>, as CPython's time.sleep
    /// does (clock_nanosleep with TIMER_ABSTIME, retried on EINTR); 0 still enters the kernel.
    /// </summary>
    public static void SleepNanoseconds(long nanoseconds)
    {
        Timespec now;
        ClockGettime(ClockMonotonic, &now);
        long total = now.Nanoseconds + nanoseconds % 1_000_000_000;
        var deadline = new Timespec
        {
            Seconds = now.Seconds + nanoseconds / 1_000_000_000 + total / 1_000_000_000,
            Nanoseconds = total % 1_000_000_000,
        };
        while (ClockNanosleep(ClockMonotonic, TimerAbstime, &deadline, null) == Eintr) { }
    }
}
