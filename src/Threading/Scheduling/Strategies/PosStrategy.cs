// Partial-order sampling (Yuan et al., CAV'18; Fray's default), simplified: every thread holds a random
// priority in [0, 1) and the highest one runs; after each step the thread that ran draws a new
// priority. Without per-operation conflict information, every step counts as conflicting only with
// its own thread, so this is POS's "re-draw the runner" rule alone (documented in systematic-testing.md);
// a fired timer (time passing) counts as conflicting with every enabled thread.
namespace GilRuntime.Threading.Scheduling.Strategies;

using GilRuntime.Threading.Scheduling.Testing;

public sealed class PosStrategy : ISchedulingStrategy
{
    private readonly Dictionary<int, double> _priority = new();
    private SplitMix64 _rng = new(0);

    public string Description => "pos";

    public bool IsFair => false;

    public void PrepareIteration(ulong seed)
    {
        _rng = new SplitMix64(seed);
        _priority.Clear();
    }

    public int Next(ReadOnlySpan<SchedulingChoice> choices, int currentSerial, int step)
    {
        int best = 0;
        double bestPriority = -1;
        for (int i = 0; i < choices.Length; i++)
        {
            int serial = choices[i].Serial;
            if (!_priority.TryGetValue(serial, out double p)) _priority[serial] = p = _rng.NextDouble();
            if (p > bestPriority) { bestPriority = p; best = i; }
        }
        if (choices[best].IsTimer)
        {
            // Time passed for everyone: re-draw every enabled thread, or a thread whose timed wait keeps
            // expiring would starve a low-priority holder forever.
            foreach (var c in choices) _priority[c.Serial] = _rng.NextDouble();
        }
        else
        {
            _priority[choices[best].Serial] = _rng.NextDouble();
        }
        return best;
    }
}
