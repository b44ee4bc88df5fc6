// Waiting for descriptors with poll(2), outside the GIL. On the main thread the wait is interruptible,
// as CPython's is through EINTR: a signal (Ctrl-C) wakes it through an eventfd registered as the
// thread's current wait (ThreadState.CurrentWait), its handler runs once the GIL is back (the default
// SIGINT handler raises KeyboardInterrupt) and, if the handler returns, the wait goes on.
namespace GilRuntime.Core.Modules.Socket;

using Stopwatch = System.Diagnostics.Stopwatch;
using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Sync;

internal static unsafe class FdWait
{
    public static long NowNs() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    /// <summary>True when waits on this thread must be interruptible (the main thread of an interpreter).</summary>
    public static bool OnMainThread => ThreadState.CurrentOrNull is { IsMain: true };

    /// <summary>
    /// poll(2) over <paramref name="fds"/> until one is ready or <paramref name="deadlineNs"/> (NowNs
    /// based; negative: no deadline) passes. Returns the number ready, 0 on timeout.
    /// </summary>
    public static int Poll(SocketNative.PollFd[] fds, long deadlineNs)
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts is not { IsMain: true }) return PollPlain(fds, deadlineNs);
        var interp = ts.Interpreter;
        var waker = Waker.ForCurrentThread();
        var all = new SocketNative.PollFd[fds.Length + 1];
        fds.CopyTo(all, 0);
        all[^1].Fd = waker.Fd;
        all[^1].Events = SocketNative.POLLIN;
        while (true)
        {
            for (int i = 0; i < all.Length; i++) all[i].Revents = 0;
            bool woken;
            ts.CurrentWait = waker;
            try
            {
                woken = interp.SignalPending();
                if (!woken) PollPlain(all, deadlineNs);
            }
            finally
            {
                ts.CurrentWait = null;
            }
            if ((all[^1].Revents & SocketNative.POLLIN) != 0)
            {
                woken = true;
                waker.Drain();
            }
            if (interp.SignalPending())
            {
                interp.HandleSignals(ts); // Ctrl-C: KeyboardInterrupt; a handler that returns: wait on
                continue;
            }
            int ready = 0;
            for (int i = 0; i < fds.Length; i++)
            {
                fds[i].Revents = all[i].Revents;
                if (all[i].Revents != 0) ready++;
            }
            if (ready > 0 || !woken) return ready;
        }
    }

    /// <summary>One descriptor: waits for <paramref name="events"/> on <paramref name="fd"/>.</summary>
    public static int PollOne(int fd, short events, long deadlineNs)
    {
        var fds = new SocketNative.PollFd[1];
        fds[0].Fd = fd;
        fds[0].Events = events;
        return Poll(fds, deadlineNs);
    }

    private static int PollPlain(SocketNative.PollFd[] fds, long deadlineNs)
    {
        while (true)
        {
            int ms = -1;
            if (deadlineNs >= 0)
            {
                long remaining = Math.Max(0, deadlineNs - NowNs());
                ms = (int)Math.Min((remaining + 999_999) / 1_000_000, int.MaxValue);
            }
            int r, err;
            fixed (SocketNative.PollFd* p = fds)
            {
                using (AllowThreads.Begin())
                {
                    r = SocketNative.poll(p, (nuint)fds.Length, ms);
                    err = r < 0 ? SocketNative.Errno : 0;
                }
            }
            if (r >= 0) return r;
            if (err != SocketNative.EINTR) throw SocketErrors.FromErrno(err);
        }
    }

    /// <summary>An eventfd the signal path writes to (IInterruptibleWait.Interrupt), one per main thread.</summary>
    private sealed class Waker : IInterruptibleWait
    {
        [ThreadStatic] private static Waker? t_waker;

        public readonly int Fd;

        private Waker()
        {
            Fd = SocketNative.eventfd(0, SocketNative.O_NONBLOCK | SocketNative.SOCK_CLOEXEC);
            if (Fd < 0) throw SocketErrors.FromErrno(SocketNative.Errno);
        }

        public static Waker ForCurrentThread() => t_waker ??= new Waker();

        public void Interrupt()
        {
            ulong one = 1;
            SocketNative.write(Fd, (byte*)&one, 8);
        }

        public void Drain()
        {
            ulong value;
            SocketNative.read(Fd, (byte*)&value, 8);
        }
    }
}
