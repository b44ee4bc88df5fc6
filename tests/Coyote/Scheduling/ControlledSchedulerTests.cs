// The controlled scheduler's own mechanics: serialization, mutex and condition semantics, virtual
// time, the bugs it must detect (deadlock, step bound, unhandled exceptions, leaked threads) and
// determinism. Each bug-detection test also shows the engine does NOT report the correct variant.
namespace GilRuntime.Coyote.Scheduling;

using GilRuntime.Threading.Scheduling;
using GilRuntime.Threading.Scheduling.Testing;
using Xunit;

public class ControlledSchedulerTests
{
    private static TestReport Run(int iterations, Action<IScheduler> test, Func<Configuration, Configuration>? tweak = null)
    {
        var config = Configuration.Create().WithTestingIterations(iterations).WithRandomGeneratorSeed(1);
        if (tweak is not null) config = tweak(config);
        return TestingEngine.Create(config, test).Run();
    }

    /// <summary>Threads that read a counter, reach a point, and write it back.</summary>
    private static void Increments(IScheduler s, bool locked, int threads, int rounds, Action<int> check)
    {
        var m = s.CreateMutex();
        int counter = 0;
        var joiner = new Joiner(s);
        for (int t = 0; t < threads; t++)
        {
            joiner.Start("T" + t, () =>
            {
                for (int i = 0; i < rounds; i++)
                {
                    if (locked) m.Enter();
                    int v = counter;
                    s.SchedulingPoint(SchedulingPointKind.BreakerCheck);
                    counter = v + 1;
                    if (locked) m.Exit();
                }
            });
        }
        joiner.JoinAll();
        check(counter);
    }

    [Fact]
    public void MutexMakesIncrementsExact()
    {
        var report = Run(200, s => Increments(s, locked: true, threads: 3, rounds: 3,
                                              c => Assert.Equal(9, c)));
        Assert.Equal(0, report.BugsFound);
        Assert.Equal(200, report.Iterations);
        Assert.True(report.UniqueSchedules > 100, report.ToString());
    }

    [Fact]
    public void UnlockedIncrementsLoseUpdatesAndTheBugNamesTheThread()
    {
        var report = Run(200, s => Increments(s, locked: false, threads: 2, rounds: 2,
                                              c => Assert.Equal(4, c)));
        Assert.Equal(1, report.BugsFound);
        Assert.Contains("Unhandled exception in thread t0 'MainThread': EqualException", report.BugReports[0]);
        Assert.True(report.Iterations < 50, $"lost update needed {report.Iterations} iterations");
    }

    [Fact]
    public void OnlyOneThreadRunsAtATime()
    {
        var report = Run(50, s =>
        {
            int inside = 0;
            var joiner = new Joiner(s);
            for (int t = 0; t < 3; t++)
            {
                joiner.Start("T" + t, () =>
                {
                    for (int i = 0; i < 5; i++)
                    {
                        Assert.Equal(1, Interlocked.Increment(ref inside));
                        Thread.SpinWait(200);   // real time passes: another running thread would show up
                        Interlocked.Decrement(ref inside);
                        s.SchedulingPoint(SchedulingPointKind.BreakerCheck);
                    }
                });
            }
            joiner.JoinAll();
        });
        Assert.Equal(0, report.BugsFound);
    }

    [Fact]
    public void OppositeLockOrderIsADeadlockWithTheWaitForGraph()
    {
        var report = Run(100, s =>
        {
            var a = s.CreateMutex();
            var b = s.CreateMutex();
            var joiner = new Joiner(s);
            joiner.Start("AB", () => { a.Enter(); b.Enter(); b.Exit(); a.Exit(); });
            joiner.Start("BA", () => { b.Enter(); a.Enter(); a.Exit(); b.Exit(); });
            joiner.JoinAll();
        });
        Assert.Equal(1, report.BugsFound);
        string bug = report.BugReports[0];
        Assert.Contains("Deadlock detected", bug);
        Assert.Contains("'AB' waits for mutex m1 held by", bug);
        Assert.Contains("'BA' waits for mutex m0 held by", bug);
        Assert.Contains("t0 'MainThread' waits on condition c0 (of m2) with no timeout", bug);
    }

    [Fact]
    public void SameLockOrderNeverDeadlocks()
    {
        var report = Run(300, s =>
        {
            var a = s.CreateMutex();
            var b = s.CreateMutex();
            var joiner = new Joiner(s);
            joiner.Start("AB1", () => { a.Enter(); b.Enter(); b.Exit(); a.Exit(); });
            joiner.Start("AB2", () => { a.Enter(); b.Enter(); b.Exit(); a.Exit(); });
            joiner.JoinAll();
        });
        Assert.Equal(0, report.BugsFound);
    }

    [Fact]
    public void ReenteringAHeldMutexIsASelfDeadlock()
    {
        var report = Run(1, s =>
        {
            var m = s.CreateMutex();
            m.Enter();
            m.Enter();
        });
        Assert.Contains("Self-deadlock: t0 'MainThread' entered mutex m0 which it already holds", report.BugReports[0]);
    }

    /// <summary>The waiter checks the flag outside the lock and waits without a predicate loop.</summary>
    private static void LostSignal(IScheduler s, bool correct)
    {
        var m = s.CreateMutex();
        var cond = s.CreateCondition(m);
        bool ready = false;
        var joiner = new Joiner(s);
        joiner.Start("waiter", () =>
        {
            if (correct)
            {
                m.Enter();
                while (!ready) cond.Wait(-1);
                m.Exit();
            }
            else if (!ready)
            {
                s.SchedulingPoint(SchedulingPointKind.BreakerCheck);
                m.Enter();
                cond.Wait(-1);
                m.Exit();
            }
        });
        joiner.Start("notifier", () =>
        {
            m.Enter();
            ready = true;
            cond.Signal();
            m.Exit();
        });
        joiner.JoinAll();
    }

    [Fact]
    public void LostWakeUpIsFoundAsDeadlock()
    {
        var report = Run(100, s => LostSignal(s, correct: false));
        Assert.Equal(1, report.BugsFound);
        Assert.Contains("'waiter' waits on condition c0 (of m0) with no timeout", report.BugReports[0]);
        var correct = Run(300, s => LostSignal(s, correct: true));
        Assert.Equal(0, correct.BugsFound);
    }

    [Fact]
    public void TimedWaitExploresBothSignalAndTimeout()
    {
        int signalled = 0, timedOut = 0;
        var report = Run(100, s =>
        {
            var m = s.CreateMutex();
            var cond = s.CreateCondition(m);
            bool ready = false;
            var joiner = new Joiner(s);
            joiner.Start("notifier", () => { m.Enter(); ready = true; cond.Signal(); m.Exit(); });
            m.Enter();
            long start = s.MonotonicNanoseconds;
            bool got = ready || cond.Wait(5_000_000);
            if (got)
            {
                Assert.True(ready);
                signalled++;
            }
            else
            {
                // A timeout moves the clock to the deadline, never less.
                Assert.True(s.MonotonicNanoseconds - start >= 5_000_000);
                timedOut++;
            }
            m.Exit();
            joiner.JoinAll();
        });
        Assert.Equal(0, report.BugsFound);
        Assert.True(signalled > 10 && timedOut > 10, $"signalled {signalled}, timed out {timedOut}");
    }

    [Fact]
    public void VirtualClockStartsAtFixedEpochsAndSleepAdvancesIt()
    {
        var report = Run(20, s =>
        {
            Assert.Equal(VirtualClock.WallEpochNanoseconds, s.WallClockNanoseconds);
            Assert.Equal(VirtualClock.MonotonicStartNanoseconds, s.MonotonicNanoseconds);
            long t0 = s.MonotonicNanoseconds;
            s.Sleep(2_000_000_000);
            long slept = s.MonotonicNanoseconds - t0;
            // The sleep's timer fired at its deadline; only the per-decision quantum may add to it.
            Assert.InRange(slept, 2_000_000_000, 2_000_000_000 + 10 * VirtualClock.StepQuantumNanoseconds);
            Assert.Equal(s.WallClockNanoseconds - VirtualClock.WallEpochNanoseconds,
                         s.MonotonicNanoseconds - VirtualClock.MonotonicStartNanoseconds);
        });
        Assert.Equal(0, report.BugsFound);
    }

    [Fact]
    public void PollingOnTheClockTerminates()
    {
        var report = Run(10, s =>
        {
            long end = s.MonotonicNanoseconds + 100 * VirtualClock.StepQuantumNanoseconds;
            int polls = 0;
            while (s.MonotonicNanoseconds < end)
            {
                s.SchedulingPoint(SchedulingPointKind.BreakerCheck);
                polls++;
            }
            Assert.Equal(100, polls);
        });
        Assert.Equal(0, report.BugsFound);
    }

    [Fact]
    public void StepBoundEndsTheIterationAndIsABugOnlyWhenAsked()
    {
        Action<IScheduler> spin = s =>
        {
            var joiner = new Joiner(s);
            joiner.Start("spinner", () => { while (true) s.SchedulingPoint(SchedulingPointKind.BreakerCheck); });
            joiner.JoinAll();
        };
        var report = Run(3, spin, c => c.WithMaxSchedulingSteps(500));
        Assert.Equal(0, report.BugsFound);
        Assert.Equal(3, report.MaxStepsHit);
        Assert.Equal(500, report.MaxSteps);
        var failing = Run(3, spin, c => c.WithMaxSchedulingSteps(500).WithFailureOnMaxStepsBoundEnabled());
        Assert.Equal(1, failing.BugsFound);
        Assert.Contains("Scheduling steps bound of 500 reached", failing.BugReports[0]);
    }

    [Fact]
    public void LeakedThreadsAreCanceledOrReported()
    {
        Action<IScheduler> leak = s =>
        {
            var m = s.CreateMutex();
            var cond = s.CreateCondition(m);
            s.StartThread("daemon", 0, () => { m.Enter(); cond.Wait(-1); m.Exit(); });
            s.SchedulingPoint(SchedulingPointKind.Yield);
        };
        Assert.Equal(0, Run(20, leak).BugsFound);
        var report = Run(20, leak, c => c.WithLeakedThreadsAsBugs());
        Assert.Equal(1, report.BugsFound);
        Assert.Contains("the main thread ended while t1 'daemon' still ran", report.BugReports[0]);
    }

    [Fact]
    public void ThreadSerialsAreStable()
    {
        Run(5, s =>
        {
            Assert.Equal(0, s.CurrentThread!.Serial);
            var joiner = new Joiner(s);
            var a = joiner.Start("a", () => Assert.Equal(1, s.CurrentThread!.Serial));
            var b = joiner.Start("b", () => Assert.Equal("b", s.CurrentThread!.Name));
            Assert.Equal(1, a.Serial);
            Assert.Equal(2, b.Serial);
            joiner.JoinAll();
        }).ThrowIfBugFound();
    }

    [Fact]
    public void CanceledThreadsAllEnd()
    {
        // A deadlock among four threads: every OS thread must end once the engine cancels the iteration.
        var threads = new List<ScheduledThread>();
        var report = Run(1, s =>
        {
            var m = s.CreateMutex();
            var cond = s.CreateCondition(m);
            for (int i = 0; i < 4; i++)
                threads.Add(s.StartThread("w" + i, 0, () => { m.Enter(); cond.Wait(-1); m.Exit(); }));
            m.Enter();
            cond.Wait(-1);
        });
        Assert.Contains("Deadlock detected", report.BugReports[0]);
        Assert.All(threads, t => Assert.True(t.IsFinished));
    }
}
