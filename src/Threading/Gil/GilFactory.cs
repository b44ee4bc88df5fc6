// Builds the GIL the options ask for. Every policy takes and drops over the scheduler's primitives, so
// each can be model-checked under the controlled scheduler (tests/Coyote).
namespace GilRuntime.Threading.Gil;

using GilRuntime.Threading.Scheduling;

public static class GilFactory
{
    /// <summary>The policy names --gil-policy accepts, the default first.</summary>
    public static readonly IReadOnlyList<string> Policies = ["cpython", "legacy", "fair"];

    public static IGil Create(GilOptions options, IScheduler scheduler, EvalBreaker breaker)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IntervalMicroseconds < 0)
            throw new ArgumentException("the switch interval must not be negative", nameof(options));
        if (options.CheckInterval < 1)
            throw new ArgumentException("the check interval must be at least 1", nameof(options));
        return options.Policy switch
        {
            "cpython" => new CPythonGil(options, scheduler, breaker),
            "legacy" => new LegacyGil(options, scheduler, breaker),
            "fair" => new FairGil(options, scheduler, breaker),
            _ => throw new ArgumentException(
                $"unknown GIL policy '{options.Policy}' (choose from {string.Join(", ", Policies)})", nameof(options)),
        };
    }
}
