// The statistics' time source. Every take and drop reads the clock, so an uncontended take + drop
// reads it twice; clock_gettime (Stopwatch) costs 20-40 ns a read on the VMs this runs on, which alone
// would exceed the 50 ns budget. So on x86-64 Linux whose kernel itself keeps time with the TSC
// (clocksource "tsc": invariant and synchronized across CPUs), the clock is the RDTSC instruction,
// reached through a 10-byte thunk in an executable page (a few ns); elsewhere, and always under a
// controlled scheduler (virtual time), it is the scheduler's MonotonicNanoseconds.
//
// Counters and histograms therefore hold ticks; ToNanoseconds converts with the ratio of elapsed
// Stopwatch nanoseconds to elapsed ticks since the process's first GIL, which gets more exact the
// longer the run (two clock reads of error over the whole run).
namespace GilRuntime.Threading.Gil;

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GilRuntime.Threading.Scheduling;

public sealed unsafe class GilClock
{
    private readonly IScheduler _scheduler;
    private readonly bool _tsc;

    private static readonly delegate* unmanaged[SuppressGCTransition]<long> s_rdtsc = CreateRdtsc();
    private static readonly long s_tsc0, s_ns0;

    static GilClock()
    {
        if (s_rdtsc != null)
        {
            s_ns0 = StopwatchNs();
            s_tsc0 = s_rdtsc();
        }
    }

    public GilClock(IScheduler scheduler)
    {
        _scheduler = scheduler;
        _tsc = s_rdtsc != null && !scheduler.IsControlled && scheduler is OsScheduler;
    }

    /// <summary>True when ticks are TSC cycles rather than nanoseconds.</summary>
    public bool UsesTsc => _tsc;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Now() => _tsc ? s_rdtsc() : _scheduler.MonotonicNanoseconds;

    /// <summary>Nanoseconds per tick, measured over the process's life so far (1 without the TSC).</summary>
    public double NanosecondsPerTick
    {
        get
        {
            if (!_tsc) return 1.0;
            long ticks = s_rdtsc() - s_tsc0;
            long ns = StopwatchNs() - s_ns0;
            if (ticks < 1_000_000 || ns <= 0) Calibrate(out ticks, out ns);
            return (double)ns / ticks;
        }
    }

    public long ToNanoseconds(long ticks) => _tsc ? (long)(ticks * NanosecondsPerTick) : ticks;

    // Too early for the process-long ratio to be exact: measure over a short busy wait (only snapshots
    // taken within a millisecond or so of the first GIL come here).
    private static void Calibrate(out long ticks, out long ns)
    {
        long n0 = StopwatchNs(), t0 = s_rdtsc();
        while (StopwatchNs() - n0 < 200_000) Thread.SpinWait(20);
        ns = StopwatchNs() - n0;
        ticks = s_rdtsc() - t0;
    }

    private static long StopwatchNs() =>
        Stopwatch.Frequency == 1_000_000_000 ? Stopwatch.GetTimestamp()
            : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static delegate* unmanaged[SuppressGCTransition]<long> CreateRdtsc()
    {
        try
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return null;
            if (Environment.GetEnvironmentVariable("GILRUN_NO_TSC") is { Length: > 0 }) return null;
            const string source = "/sys/devices/system/clocksource/clocksource0/current_clocksource";
            if (!File.Exists(source) || File.ReadAllText(source).Trim() != "tsc") return null;
            // rdtsc; shl rdx, 32; or rax, rdx; ret
            ReadOnlySpan<byte> code = [0x0F, 0x31, 0x48, 0xC1, 0xE2, 0x20, 0x48, 0x09, 0xD0, 0xC3];
            const int protRead = 1, protWrite = 2, protExec = 4, mapPrivate = 2, mapAnonymous = 0x20;
            void* page = Mmap(null, 4096, protRead | protWrite, mapPrivate | mapAnonymous, -1, 0);
            if (page == (void*)-1 || page == null) return null;
            code.CopyTo(new Span<byte>(page, code.Length));
            if (Mprotect(page, 4096, protRead | protExec) != 0) return null;
            var fn = (delegate* unmanaged[SuppressGCTransition]<long>)page;
            long a = fn(), b = fn();
            return b >= a ? fn : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern void* Mmap(void* address, nuint length, int prot, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Mprotect(void* address, nuint length, int prot);
}
