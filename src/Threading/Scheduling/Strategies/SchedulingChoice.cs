// One enabled choice at a scheduling decision: resume thread `Serial` at the point `Kind` it is stopped
// at, or (IsTimer) fire that thread's pending timer. Its text form is the trace step: "t2@MutexEnter",
// "t1@Timer".
namespace GilRuntime.Threading.Scheduling.Strategies;

public readonly record struct SchedulingChoice(int Serial, SchedulingPointKind Kind, bool IsTimer)
{
    public override string ToString() => IsTimer ? $"t{Serial}@Timer" : $"t{Serial}@{Kind}";

    /// <summary>True when <paramref name="step"/> is this choice's text form (no allocation).</summary>
    public bool Matches(string step)
    {
        if (step.Length < 3 || step[0] != 't') return false;
        int at = step.IndexOf('@');
        if (at < 2 || !int.TryParse(step.AsSpan(1, at - 1), out int serial) || serial != Serial) return false;
        var kind = step.AsSpan(at + 1);
        return IsTimer ? kind.SequenceEqual("Timer") : kind.SequenceEqual(KindNames[(int)Kind]);
    }

    private static readonly string[] KindNames = Enum.GetNames<SchedulingPointKind>();
}
