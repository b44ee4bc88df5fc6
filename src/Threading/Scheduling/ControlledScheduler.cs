// The controlled scheduler: the engine of systematic testing (docs/systematic-testing.md). Threads stay
// real OS threads, but exactly one registered thread runs at a time; every other one is parked on its
// own semaphore. Each operation on the scheduler's primitives is a scheduling point: the running thread
// records where it stopped, a strategy picks the next choice among the enabled ones, and the running
// thread parks until it is picked again. Time is virtual (VirtualClock): a pending timer is one more
// enabled choice, taken when the strategy picks it or when nothing else can run.
//
// Enabled choices at a decision, in this stable order (strategies index into it):
//   1. runnable threads, by serial (stopped at a point, or just granted a mutex);
//   2. the timers with the earliest deadline, by serial (a sleep, a timed condition wait).
// No choice while some thread is alive is a deadlock. Each decision is recorded as a step; the step
// bound, a deadlock, an unhandled exception in a thread or a failed Assert end the iteration: every
// parked thread is woken with ExecutionCanceledException thrown from the primitive it is blocked in.
//
// Concurrency: all state is guarded by _gate. Only the running thread takes it, except after
// cancellation (threads unwind concurrently; primitives then throw or do nothing) and for the
// watchdog's Cancel. A thread resumes the next one before parking itself; the counting semaphore keeps
// a release that overtakes the Wait, and the resuming thread touches no state after the release, so
// "the previous thread has really parked" holds by construction. A newly started thread is only
// scheduled after its OS thread has reached its park (Coyote's WaitOperationsStart).
namespace GilRuntime.Threading.Scheduling;

using System.Runtime.InteropServices;
using System.Text;
using GilRuntime.Threading.Scheduling.Strategies;

public sealed class ControlledScheduler : IScheduler
{
    [ThreadStatic] private static ControlledThread? t_self;

    private readonly object _gate = new();
    private readonly ISchedulingStrategy _strategy;
    private readonly int _maxSteps;
    private readonly bool _failOnMaxSteps;
    private readonly bool _leakedThreadsAreBugs;
    private readonly List<ControlledThread> _threads = new();    // index == serial
    private readonly List<SchedulingChoice> _choices = new();    // reused buffer of one decision
    private readonly List<SchedulingChoice> _steps = new();
    private readonly VirtualClock _clock = new();
    private readonly List<Func<SchedulingDecision, string?>> _monitors = new();

    private ControlledThread? _current;
    private ControlledThread? _main;
    private int _mutexCount;
    private int _conditionCount;
    private volatile bool _canceled;
    private string? _stopReason;
    private string? _bug;
    private string? _bugDetails;
    private bool _hitMaxSteps;

    public ControlledScheduler(ISchedulingStrategy strategy, int maxSteps = 10_000, bool failOnMaxSteps = false,
                               bool leakedThreadsAreBugs = false)
    {
        _strategy = strategy;
        _maxSteps = maxSteps;
        _failOnMaxSteps = failOnMaxSteps;
        _leakedThreadsAreBugs = leakedThreadsAreBugs;
    }

    public bool IsControlled => true;

    public ISchedulingStrategy Strategy => _strategy;

    public VirtualClock Clock => _clock;

    /// <summary>The decisions taken so far ("t1@MutexEnter", "t2@Timer", ...).</summary>
    public IReadOnlyList<SchedulingChoice> Steps => _steps;

    public int StepCount { get { lock (_gate) return _steps.Count; } }

    /// <summary>The first bug found (its one-line report), or null.</summary>
    public string? Bug { get { lock (_gate) return _bug; } }

    /// <summary>The bug's full text (exception with stack trace, wait-for graph).</summary>
    public string? BugDetails { get { lock (_gate) return _bugDetails; } }

    public bool HitMaxSteps { get { lock (_gate) return _hitMaxSteps; } }

    public bool IsCanceled => _canceled;

    /// <summary>Why the execution stopped early (a bug, the step bound, leaked threads), or null.</summary>
    public string? StopReason { get { lock (_gate) return _stopReason; } }

    /// <summary>Threads created so far, attached ones included.</summary>
    public int ThreadCount { get { lock (_gate) return _threads.Count; } }

    public ScheduledThread? CurrentThread
    {
        get
        {
            var self = t_self;
            return self is not null && ReferenceEquals(self.Scheduler, this) ? self.Handle : null;
        }
    }

    public long MonotonicNanoseconds => _clock.MonotonicNanoseconds;

    public long WallClockNanoseconds => _clock.WallClockNanoseconds;

    public ISchedMutex CreateMutex()
    {
        lock (_gate) return new ControlledMutex(this, _mutexCount++);
    }

    public ISchedCondition CreateCondition(ISchedMutex mutex)
    {
        if (mutex is not ControlledMutex m || m.Scheduler != this)
            throw new ArgumentException("the mutex does not belong to this controlled scheduler", nameof(mutex));
        lock (_gate) return new ControlledCondition(this, m, _conditionCount++);
    }

    // ---- threads -------------------------------------------------------------------------------------

    /// <summary>
    /// Registers the calling OS thread. The first attached thread is the execution's main thread and
    /// runs at once; attaching again from an attached thread only nests (DetachCurrentThread unnests).
    /// </summary>
    public ScheduledThread AttachCurrentThread(string name)
    {
        var self = t_self;
        if (self is not null && ReferenceEquals(self.Scheduler, this))
        {
            lock (_gate) self.AttachDepth++;
            return self.Handle;
        }
        ControlledThread ct;
        lock (_gate)
        {
            if (_current is not null)
                throw new InvalidOperationException(
                    "a controlled scheduler runs one attached thread; start the others with StartThread");
            var handle = new ScheduledThread(_threads.Count, name, Thread.CurrentThread);
            ct = new ControlledThread(this, handle) { State = ControlledThreadState.Runnable, Kind = SchedulingPointKind.ThreadStart, AttachDepth = 1 };
            handle.SchedulerData = ct;
            _threads.Add(ct);
            _main ??= ct;
            _current = ct;
        }
        t_self = ct;
        return ct.Handle;
    }

    public void DetachCurrentThread()
    {
        var self = Self();
        lock (_gate)
        {
            if (--self.AttachDepth > 0) return;
        }
        ThreadEnded(self);
        t_self = null;
        self.Handle.MarkFinished();
    }

    public ScheduledThread StartThread(string name, int maxStackBytes, Action body)
    {
        var parent = Self();
        ControlledThread ct;
        lock (_gate)
        {
            CheckRunning(parent);
            var handle = new ScheduledThread(_threads.Count, name, null);
            ct = new ControlledThread(this, handle) { State = ControlledThreadState.Runnable, Kind = SchedulingPointKind.ThreadStart, AttachDepth = 1 };
            handle.SchedulerData = ct;
            _threads.Add(ct);
        }
        var os = new Thread(() => ThreadMain(ct, body), Math.Max(0, maxStackBytes)) { Name = name, IsBackground = true };
        ct.Handle.OsThread = os;
        os.Start();
        ct.Started.Wait();
        Point(parent, SchedulingPointKind.ThreadStart);
        return ct.Handle;
    }

    private void ThreadMain(ControlledThread self, Action body)
    {
        t_self = self;
        self.Started.Set();
        self.Park.Wait();
        try
        {
            if (_canceled) throw Canceled();
            body();
        }
        catch (ExecutionCanceledException)
        {
        }
        catch (Exception e)
        {
            ReportUnhandled(self, e);
        }
        finally
        {
            ThreadEnded(self);
            t_self = null;
            self.Handle.MarkFinished();
        }
    }

    /// <summary>Records an exception that escaped a thread's body (the test's main body included) as the bug.</summary>
    public void ReportUnhandled(ScheduledThread thread, Exception e)
    {
        if (thread.SchedulerData is ControlledThread ct && ReferenceEquals(ct.Scheduler, this)) ReportUnhandled(ct, e);
    }

    private void ReportUnhandled(ControlledThread self, Exception e)
    {
        lock (_gate)
        {
            string first = e.Message.Split('\n')[0];
            CancelLocked($"Unhandled exception in thread {self.Describe()}: {e.GetType().Name}: {first}", isBug: true,
                         details: e.ToString());
        }
    }

    private void ThreadEnded(ControlledThread self)
    {
        lock (_gate)
        {
            self.State = ControlledThreadState.Finished;
            self.Deadline = -1;
            if (_canceled) return;
            if (ReferenceEquals(self, _main))
            {
                var alive = new StringBuilder();
                foreach (var t in _threads)
                    if (t.State != ControlledThreadState.Finished) alive.Append(alive.Length > 0 ? ", " : "").Append(t.Describe());
                if (alive.Length > 0)
                {
                    CancelLocked($"the main thread ended while {alive} still ran", isBug: _leakedThreadsAreBugs, details: null);
                    return;
                }
            }
            var next = PickNextLocked(self);
            _current = next;
            next?.Park.Release();
        }
    }

    // ---- scheduling points and primitives ------------------------------------------------------------

    public void SchedulingPoint(SchedulingPointKind kind) => Point(Self(), kind);

    public void Sleep(long nanoseconds)
    {
        var self = Self();
        if (nanoseconds <= 0)
        {
            Point(self, SchedulingPointKind.Yield);
            return;
        }
        bool park;
        lock (_gate)
        {
            CheckRunning(self);
            self.State = ControlledThreadState.Sleeping;
            self.Kind = SchedulingPointKind.Sleep;
            self.Deadline = _clock.MonotonicNanoseconds + nanoseconds;
            park = SwitchLocked(self);
        }
        if (park) ParkUntilScheduled(self);
    }

    internal void MutexEnter(ControlledMutex m)
    {
        var self = Self();
        Point(self, SchedulingPointKind.MutexEnter);
        bool park;
        lock (_gate)
        {
            CheckRunning(self);
            if (m.Owner is null)
            {
                m.Owner = self;
                return;
            }
            if (ReferenceEquals(m.Owner, self))
            {
                CancelLocked($"Self-deadlock: {self.Describe()} entered mutex {m} which it already holds", isBug: true, details: null);
                throw Canceled();
            }
            m.Waiters.Enqueue(self);
            self.State = ControlledThreadState.BlockedOnMutex;
            self.BlockedMutex = m;
            self.Kind = SchedulingPointKind.MutexEnter;
            park = SwitchLocked(self);
        }
        if (park) ParkUntilScheduled(self);
    }

    internal void MutexExit(ControlledMutex m)
    {
        var self = Self();
        lock (_gate)
        {
            if (_canceled)
            {
                // Unwinding: release leniently and hand nothing on.
                if (ReferenceEquals(m.Owner, self)) m.Owner = null;
                return;
            }
            if (!ReferenceEquals(m.Owner, self))
                throw new InvalidOperationException($"{self.Describe()} released mutex {m}, which it does not hold");
            ReleaseMutexLocked(m);
        }
    }

    internal bool ConditionWait(ControlledCondition c, long timeoutNanoseconds)
    {
        var self = Self();
        bool park;
        lock (_gate)
        {
            CheckRunning(self);
            if (!ReferenceEquals(c.Mutex.Owner, self))
                throw new InvalidOperationException($"{self.Describe()} waited on condition {c} without holding its mutex");
            ReleaseMutexLocked(c.Mutex);
            c.Waiters.Add(self);
            self.State = ControlledThreadState.BlockedOnCondition;
            self.BlockedCondition = c;
            self.Kind = SchedulingPointKind.Wait;
            self.TimedOut = false;
            self.Deadline = timeoutNanoseconds < 0 ? -1 : _clock.MonotonicNanoseconds + timeoutNanoseconds;
            park = SwitchLocked(self);
        }
        if (park) ParkUntilScheduled(self);
        // Woken by a signal or the timer: re-take the mutex, competing with any other entrant as a
        // pthread waiter does (so a releasing thread may barge in first).
        lock (_gate)
        {
            CheckRunning(self);
            if (c.Mutex.Owner is null)
            {
                c.Mutex.Owner = self;
                return !self.TimedOut;
            }
            c.Mutex.Waiters.Enqueue(self);
            self.State = ControlledThreadState.BlockedOnMutex;
            self.BlockedMutex = c.Mutex;
            self.Kind = SchedulingPointKind.MutexEnter;
            park = SwitchLocked(self);
        }
        if (park) ParkUntilScheduled(self);
        return !self.TimedOut;
    }

    internal void ConditionSignal(ControlledCondition c, bool all)
    {
        var self = Self();
        if (_canceled) return;
        Point(self, SchedulingPointKind.Signal);
        lock (_gate)
        {
            CheckRunning(self);
            while (c.Waiters.Count > 0)
            {
                var w = c.Waiters[0];
                c.Waiters.RemoveAt(0);
                w.BlockedCondition = null;
                w.Deadline = -1;
                w.State = ControlledThreadState.Runnable;
                if (!all) break;
            }
        }
    }

    /// <summary>
    /// Adds a specification monitor (Coyote's Monitor): it runs at every decision, on the thread that
    /// reached the point, before the strategy chooses; a non-null result is a bug that stops the
    /// execution. Monitors observe state that only the running thread changes, so they need no locks;
    /// they must not call the scheduler's primitives.
    /// </summary>
    public void AddMonitor(Func<SchedulingDecision, string?> monitor)
    {
        lock (_gate) _monitors.Add(monitor);
    }

    // ---- cancellation and bugs -----------------------------------------------------------------------

    /// <summary>
    /// Coyote's Specification.Assert: a false condition is a bug of this execution, which stops
    /// (the calling thread gets ExecutionCanceledException).
    /// </summary>
    public void Assert(bool condition, string message)
    {
        if (condition) return;
        lock (_gate) CancelLocked(message, isBug: true, details: null);
        throw Canceled();
    }

    /// <summary>Stops the execution from outside (the engine's watchdog); every parked thread unwinds.</summary>
    public void Cancel(string reason, bool isBug)
    {
        lock (_gate) CancelLocked(reason, isBug, details: null);
    }

    /// <summary>Waits until every OS thread of the execution ended; false when some did not in time.</summary>
    public bool WaitForThreads(TimeSpan timeout)
    {
        ControlledThread[] threads;
        lock (_gate) threads = _threads.ToArray();
        var deadline = DateTime.UtcNow + timeout;
        foreach (var t in threads)
        {
            var left = deadline - DateTime.UtcNow;
            if (!t.Handle.WaitFinished(left < TimeSpan.Zero ? TimeSpan.Zero : left)) return false;
        }
        return true;
    }

    private void CancelLocked(string reason, bool isBug, string? details)
    {
        if (_canceled) return;
        _canceled = true;
        _stopReason = reason;
        if (isBug && _bug is null)
        {
            _bug = reason;
            _bugDetails = details ?? reason;
        }
        var self = t_self;
        foreach (var t in _threads)
            if (t.State != ControlledThreadState.Finished && !ReferenceEquals(t, self)) t.Park.Release();
    }

    private ExecutionCanceledException Canceled() => new(_stopReason ?? "canceled");

    // ---- the decision --------------------------------------------------------------------------------

    private ControlledThread Self()
    {
        var self = t_self;
        if (self is null || !ReferenceEquals(self.Scheduler, this))
            throw new InvalidOperationException("the calling thread is not a thread of this controlled scheduler");
        return self;
    }

    private void CheckRunning(ControlledThread self)
    {
        if (_canceled) throw Canceled();
        if (!ReferenceEquals(_current, self))
        {
            CancelLocked($"Uncontrolled concurrency: {self.Describe()} ran while {_current?.Describe() ?? "no thread"} was scheduled",
                         isBug: true, details: null);
            throw Canceled();
        }
    }

    private void Point(ControlledThread self, SchedulingPointKind kind)
    {
        bool park;
        lock (_gate)
        {
            CheckRunning(self);
            self.Kind = kind;
            park = SwitchLocked(self);
        }
        if (park) ParkUntilScheduled(self);
    }

    /// <summary>
    /// Takes one decision for <paramref name="self"/>, which has recorded its state. Returns true when
    /// another thread was resumed and <paramref name="self"/> must park; throws when the run stops.
    /// </summary>
    private bool SwitchLocked(ControlledThread self)
    {
        var next = PickNextLocked(self);
        if (next is null) throw Canceled();
        if (ReferenceEquals(next, self)) return false;
        _current = next;
        next.Park.Release();
        return true;
    }

    private void ParkUntilScheduled(ControlledThread self)
    {
        self.Park.Wait();
        if (_canceled) throw Canceled();
    }

    /// <summary>
    /// Asks the strategy for the next thread to run, firing the timer it picks. Null when every thread has
    /// finished or the run was canceled here (deadlock, step bound, divergent replay).
    /// </summary>
    private ControlledThread? PickNextLocked(ControlledThread self)
    {
        BuildChoicesLocked();
        if (_choices.Count == 0)
        {
            foreach (var t in _threads)
            {
                if (t.State != ControlledThreadState.Finished)
                {
                    CancelLocked(DeadlockReportLocked(), isBug: true, details: null);
                    return null;
                }
            }
            return null;
        }
        if (_steps.Count >= _maxSteps)
        {
            _hitMaxSteps = true;
            CancelLocked($"Scheduling steps bound of {_maxSteps} reached", isBug: _failOnMaxSteps, details: null);
            return null;
        }
        if (_monitors.Count > 0)
        {
            int runnable = 0;
            foreach (var c in _choices) if (!c.IsTimer) runnable++;
            var decision = new SchedulingDecision(_steps.Count, self.Serial, runnable, _choices.Count - runnable);
            foreach (var monitor in _monitors)
            {
                if (monitor(decision) is { } violation)
                {
                    CancelLocked(violation, isBug: true, details: null);
                    return null;
                }
            }
        }
        int index;
        try
        {
            index = _strategy.Next(CollectionsMarshal.AsSpan(_choices), self.Serial, _steps.Count);
        }
        catch (NotReproducibleException e)
        {
            CancelLocked(e.Message, isBug: true, details: null);
            return null;
        }
        var choice = _choices[index];
        _steps.Add(choice);
        _clock.Tick();
        var chosen = _threads[choice.Serial];
        if (choice.IsTimer) FireTimerLocked(chosen);
        return chosen;
    }

    private void BuildChoicesLocked()
    {
        _choices.Clear();
        long earliest = long.MaxValue;
        foreach (var t in _threads)
        {
            if (t.State == ControlledThreadState.Runnable)
                _choices.Add(new SchedulingChoice(t.Serial, t.Kind, IsTimer: false));
            else if (t.Deadline >= 0 && t.Deadline < earliest
                     && (t.State == ControlledThreadState.Sleeping || t.State == ControlledThreadState.BlockedOnCondition))
                earliest = t.Deadline;
        }
        if (earliest == long.MaxValue) return;
        foreach (var t in _threads)
        {
            if (t.Deadline == earliest
                && (t.State == ControlledThreadState.Sleeping || t.State == ControlledThreadState.BlockedOnCondition))
                _choices.Add(new SchedulingChoice(t.Serial, t.Kind, IsTimer: true));
        }
    }

    private void FireTimerLocked(ControlledThread t)
    {
        _clock.AdvanceTo(t.Deadline);
        t.Deadline = -1;
        if (t.State == ControlledThreadState.Sleeping)
        {
            t.State = ControlledThreadState.Runnable;
            return;
        }
        var c = t.BlockedCondition!;
        c.Waiters.Remove(t);
        t.BlockedCondition = null;
        t.TimedOut = true;
        t.State = ControlledThreadState.Runnable;
    }

    private static void ReleaseMutexLocked(ControlledMutex m)
    {
        if (m.Waiters.Count == 0)
        {
            m.Owner = null;
            return;
        }
        var next = m.Waiters.Dequeue();
        m.Owner = next;
        next.BlockedMutex = null;
        next.State = ControlledThreadState.Runnable;
    }

    /// <summary>"Deadlock detected: t1 'A' waits for mutex m0 held by t2 'B'; t2 'B' waits on condition c1 (of m3) with no timeout."</summary>
    private string DeadlockReportLocked()
    {
        var sb = new StringBuilder("Deadlock detected: ");
        bool first = true;
        foreach (var t in _threads)
        {
            if (t.State == ControlledThreadState.Finished) continue;
            if (!first) sb.Append("; ");
            first = false;
            sb.Append(t.Describe());
            switch (t.State)
            {
                case ControlledThreadState.BlockedOnMutex:
                    var m = t.BlockedMutex!;
                    sb.Append(" waits for mutex ").Append(m).Append(" held by ").Append(m.Owner?.Describe() ?? "nobody");
                    break;
                case ControlledThreadState.BlockedOnCondition:
                    sb.Append(" waits on condition ").Append(t.BlockedCondition).Append(" with no timeout");
                    break;
                default:
                    sb.Append(" is ").Append(t.State);
                    break;
            }
        }
        return sb.Append('.').ToString();
    }
}
