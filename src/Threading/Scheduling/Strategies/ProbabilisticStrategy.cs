// Coyote's "probabilistic" strategy: keep running the current thread unless `bound` coin flips all say
// "switch" (probability 2^-bound, 1/8 by default); on a switch, or when the current thread is not
// enabled, choose uniformly. Long runs of one thread with rare preemptions: the shape of a real GIL.
namespace GilRuntime.Threading.Scheduling.Strategies;

using GilRuntime.Threading.Scheduling.Testing;

public sealed class ProbabilisticStrategy : ISchedulingStrategy
{
    private readonly int _bound;
    private SplitMix64 _rng = new(0);

    public ProbabilisticStrategy(int bound = 3)
    {
        if (bound < 1) throw new ArgumentOutOfRangeException(nameof(bound));
        _bound = bound;
    }

    public string Description => "probabilistic:" + _bound;

    public bool IsFair => true;

    public void PrepareIteration(ulong seed) => _rng = new SplitMix64(seed);

    public int Next(ReadOnlySpan<SchedulingChoice> choices, int currentSerial, int step)
    {
        int current = -1;
        for (int i = 0; i < choices.Length; i++)
            if (!choices[i].IsTimer && choices[i].Serial == currentSerial) { current = i; break; }
        if (current >= 0)
        {
            for (int i = 0; i < _bound; i++)
                if (!_rng.NextBool()) return current;
        }
        return _rng.NextInt(choices.Length);
    }
}
