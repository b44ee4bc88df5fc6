// `gilrun script.py --threads N`: the script's module body runs in N worker thread states at once,
// named Worker-0 … Worker-{N-1}, each with its own __main__ namespace (__name__ == "__main__"),
// sharing sys.modules, the builtins and the GIL. The main thread only starts and joins them (with the
// GIL released, so Ctrl-C still reaches it); the exit status is the first failing worker's.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;
using GilRuntime.Threading.Sync;

public sealed partial class Interpreter
{
    /// <summary>Runs the script at <paramref name="path"/> in <paramref name="workers"/> threads at once.</summary>
    public int RunFileInWorkers(string path, int workers)
    {
        if (ReadScript(path) is not { } source) return 2;
        return RunInWorkers(source, path, workers);
    }

    /// <summary>Runs <paramref name="source"/> as __main__ in <paramref name="workers"/> threads at once.</summary>
    public int RunInWorkers(string source, string filename, int workers)
    {
        if (workers < 1) throw new ArgumentOutOfRangeException(nameof(workers));
        var prev = _mainThread.Bind();
        bool tookGil = EnsureGil(_mainThread);
        int status = 0;
        try
        {
            var statuses = new int[workers];
            var finished = new SchedLock[workers];
            for (int i = 0; i < workers; i++)
            {
                int index = i;
                var main = NewMainModule(filename);
                if (i == 0) Modules.SetItem(PyStr.Intern("__main__"), main);
                var done = finished[i] = new SchedLock(Scheduler);
                done.TryAcquire();
                StartThread($"Worker-{i}", ts =>
                {
                    try
                    {
                        statuses[index] = RunModuleBody(source, filename, main);
                    }
                    finally
                    {
                        done.Release();
                    }
                }, countAsPythonThread: false);
            }
            try
            {
                foreach (var done in finished) Blocking.AcquireLock(done, -1);
                foreach (var s in statuses)
                    if (s != 0) { status = s; break; }
            }
            catch (PyException e)
            {
                status = HandleUncaught(e.Value); // Ctrl-C while joining the workers
            }
            WaitForThreadShutdown();
            FlushStdout();
        }
        finally
        {
            if (tookGil) Finalize(_mainThread);
            ThreadState.Restore(prev);
        }
        return status;
    }
}
