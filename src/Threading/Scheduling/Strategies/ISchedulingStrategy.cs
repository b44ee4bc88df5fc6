// A scheduling strategy (Coyote's Testing/Interleaving): at each decision it picks one of the enabled
// choices. A strategy instance serves a whole test run (PCT carries its step estimate across
// iterations); PrepareIteration re-seeds it before each iteration. It draws randomness only from its
// own SplitMix64, never from System.Random, so a seed means the same schedule on every .NET version.
namespace GilRuntime.Threading.Scheduling.Strategies;

public interface ISchedulingStrategy
{
    /// <summary>The name and bound as a trace records it ("random", "pct:10", "probabilistic:3", "pos").</summary>
    string Description { get; }

    /// <summary>
    /// True when every enabled thread is eventually scheduled (random, probabilistic): only such runs
    /// may report liveness bugs (a request never honoured), as in Coyote. PCT and POS starve
    /// low-priority threads by design.
    /// </summary>
    bool IsFair { get; }

    /// <summary>Starts an iteration whose decisions derive from <paramref name="seed"/> alone.</summary>
    void PrepareIteration(ulong seed);

    /// <summary>
    /// Returns the index of the chosen element of <paramref name="choices"/> (never empty, in a stable
    /// order: runnable threads by serial, then timers by serial). <paramref name="currentSerial"/> is the
    /// thread that reached the point (it may itself be blocked, hence absent from the choices);
    /// <paramref name="step"/> counts the decisions of this iteration from 0.
    /// </summary>
    int Next(ReadOnlySpan<SchedulingChoice> choices, int currentSerial, int step);
}
