// The time module: clocks and sleep here; struct_time, gmtime/localtime and strftime in TimeModule.Calendar.cs.
namespace GilRuntime.Core.Modules;

using System.Diagnostics;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static partial class TimeModule
{
    private static readonly long s_startTicks = Stopwatch.GetTimestamp();

    private static long NowNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long MonotonicNs()
    {
        var ts = Stopwatch.GetTimestamp();
        return (long)((double)ts / Stopwatch.Frequency * 1e9);
    }

    private static long ProcessNs() => Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;

    private static long ThreadNs()
    {
        // .NET does not expose per-thread CPU time portably; the process time is the closest clock.
        return ProcessNs();
    }

    public static PyModule Create() => Create(null);

    /// <summary>
    /// The time module of <paramref name="interp"/>: its clocks are the scheduler's (virtual under a
    /// controlled scheduler, so seeded runs print the same times).
    /// </summary>
    public static PyModule Create(Interpreter? interp)
    {
        var m = new PyModule("time");
        var sched = interp?.Scheduler;
        Func<long> wall = sched is null || !sched.IsControlled ? NowNs : () => sched.WallClockNanoseconds;
        Func<long> mono = sched is null || !sched.IsControlled ? MonotonicNs : () => sched.MonotonicNanoseconds;
        m.AddFunction("time", (a, k) => { ArgParser.Exactly("time", a, k, 0); return new PyFloat(wall() / 1e9); });
        m.AddFunction("time_ns", (a, k) => { ArgParser.Exactly("time_ns", a, k, 0); return PyInt.From(wall()); });
        m.AddFunction("perf_counter", (a, k) => { ArgParser.Exactly("perf_counter", a, k, 0); return new PyFloat(mono() / 1e9); });
        m.AddFunction("perf_counter_ns", (a, k) => { ArgParser.Exactly("perf_counter_ns", a, k, 0); return PyInt.From(mono()); });
        m.AddFunction("monotonic", (a, k) => { ArgParser.Exactly("monotonic", a, k, 0); return new PyFloat(mono() / 1e9); });
        m.AddFunction("monotonic_ns", (a, k) => { ArgParser.Exactly("monotonic_ns", a, k, 0); return PyInt.From(mono()); });
        m.AddFunction("process_time", static (a, k) => { ArgParser.Exactly("process_time", a, k, 0); return new PyFloat(ProcessNs() / 1e9); });
        m.AddFunction("process_time_ns", static (a, k) => { ArgParser.Exactly("process_time_ns", a, k, 0); return PyInt.From(ProcessNs()); });
        m.AddFunction("thread_time", static (a, k) => { ArgParser.Exactly("thread_time", a, k, 0); return new PyFloat(ThreadNs() / 1e9); });
        m.AddFunction("thread_time_ns", static (a, k) => { ArgParser.Exactly("thread_time_ns", a, k, 0); return PyInt.From(ThreadNs()); });
        m.AddFunction("sleep", static (a, k) =>
        {
            ArgParser.Exactly("time.sleep", a, k, 1);
            double secs = a[0] switch
            {
                PyFloat f => f.Value,
                PyInt i => i.IsSmall ? i.Value : throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t"),
                _ => throw PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"),
            };
            if (double.IsNaN(secs)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            if (secs < 0) throw PyErr.ValueError("sleep length must be non-negative");
            // pysleep: the GIL is released for the whole sleep, sleep(0) included.
            double ns = Math.Ceiling(secs * 1e9);
            if (!(ns < long.MaxValue)) throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
            Blocking.Sleep((long)ns);
            return Py.None;
        });
        RegisterCalendar(m);
        m.Add("timezone", PyInt.From(-(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds));
        m.Add("altzone", PyInt.From(-(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds - 3600));
        m.Add("daylight", PyInt.From(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0));
        return m;
    }
}
