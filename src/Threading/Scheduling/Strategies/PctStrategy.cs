// PCT, probabilistic concurrency testing (Burckhardt et al., ASPLOS'10), in Coyote's "prioritization"
// form. Each thread has a distinct priority (a new thread is inserted at a random rank) and the
// highest-priority enabled thread always runs. Each iteration draws between 1 and `bound` change points
// among the decision indices seen so far; at a change point the running top thread drops to the lowest
// rank. Only decisions with at least two choices count. A thread that yields (Sleep(0)) is demoted
// too, so a spinning top thread cannot starve the others; so is a thread whose timer fires while
// others could run. A timer counts as its thread.
namespace GilRuntime.Threading.Scheduling.Strategies;

using GilRuntime.Threading.Scheduling.Testing;

public sealed class PctStrategy : ISchedulingStrategy
{
    private readonly int _bound;
    private readonly List<int> _priorities = new();      // serials, highest priority first
    private readonly HashSet<int> _changePoints = new();
    private SplitMix64 _rng = new(0);
    private int _decisions;                               // counted decisions of this iteration
    private int _maxDecisions;                            // longest iteration so far, in counted decisions

    public PctStrategy(int bound = 10)
    {
        if (bound < 1) throw new ArgumentOutOfRangeException(nameof(bound));
        _bound = bound;
    }

    public string Description => "pct:" + _bound;

    public bool IsFair => false;

    public void PrepareIteration(ulong seed)
    {
        _rng = new SplitMix64(seed);
        _maxDecisions = Math.Max(_maxDecisions, _decisions);
        _decisions = 0;
        _priorities.Clear();
        _changePoints.Clear();
        if (_maxDecisions > 0)
        {
            int count = 1 + _rng.NextInt(_bound);
            for (int i = 0; i < count; i++) _changePoints.Add(_rng.NextInt(_maxDecisions));
        }
    }

    public int Next(ReadOnlySpan<SchedulingChoice> choices, int currentSerial, int step)
    {
        foreach (var c in choices)
            if (!_priorities.Contains(c.Serial)) _priorities.Insert(_rng.NextInt(_priorities.Count + 1), c.Serial);

        if (choices.Length > 1)
        {
            bool demote = _changePoints.Contains(_decisions);
            _decisions++;
            if (!demote)
            {
                // Yield demotion: the current thread gave up the processor on purpose.
                foreach (var c in choices)
                    if (c.Serial == currentSerial && !c.IsTimer && c.Kind == SchedulingPointKind.Yield) { demote = true; break; }
            }
            if (demote)
            {
                int top = HighestIndex(choices);
                int serial = choices[top].Serial;
                _priorities.Remove(serial);
                _priorities.Add(serial);
            }
        }
        int chosen = HighestIndex(choices);
        if (choices[chosen].IsTimer && choices.Length > 1)
        {
            // Waiting out a timeout gives the processor away like a yield: without this, a top thread
            // whose timed wait keeps expiring would starve the holder it waits for.
            _priorities.Remove(choices[chosen].Serial);
            _priorities.Add(choices[chosen].Serial);
        }
        return chosen;
    }

    private int HighestIndex(ReadOnlySpan<SchedulingChoice> choices)
    {
        int best = 0, bestRank = int.MaxValue;
        for (int i = 0; i < choices.Length; i++)
        {
            int rank = _priorities.IndexOf(choices[i].Serial);
            if (rank < bestRank) { bestRank = rank; best = i; }
        }
        return best;
    }
}
