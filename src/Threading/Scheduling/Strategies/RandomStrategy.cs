// Uniformly random choice among the enabled ones at every decision (Coyote's "random").
namespace GilRuntime.Threading.Scheduling.Strategies;

using GilRuntime.Threading.Scheduling.Testing;

public sealed class RandomStrategy : ISchedulingStrategy
{
    private SplitMix64 _rng = new(0);

    public string Description => "random";

    public bool IsFair => true;

    public void PrepareIteration(ulong seed) => _rng = new SplitMix64(seed);

    public int Next(ReadOnlySpan<SchedulingChoice> choices, int currentSerial, int step) => _rng.NextInt(choices.Length);
}
