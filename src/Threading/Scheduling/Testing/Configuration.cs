// How a systematic test runs, in the shape of Coyote's Configuration: a fluent builder whose With*
// methods return the same instance.
//
//   var config = Configuration.Create().WithTestingIterations(1000).WithRandomGeneratorSeed(7)
//                                      .WithMaxSchedulingSteps(5000).WithPrioritizationStrategy(3);
//   TestingEngine.Create(config, scheduler => { ... }).Run().ThrowIfBugFound();
//
// Iteration i runs with seed RandomGeneratorSeed + i, so a failing iteration is identified by its seed.
namespace GilRuntime.Threading.Scheduling.Testing;

using GilRuntime.Threading.Scheduling.Strategies;

public sealed class Configuration
{
    private Func<ISchedulingStrategy> _strategyFactory = () => new RandomStrategy();

    private Configuration() { }

    public static Configuration Create() => new();

    public int TestingIterations { get; private set; } = 1;

    /// <summary>The first iteration's seed (default 0: a test is reproducible unless it asks otherwise).</summary>
    public ulong RandomGeneratorSeed { get; private set; }

    /// <summary>Decisions per iteration before it stops (Coyote's unfair bound, default 10,000).</summary>
    public int MaxSchedulingSteps { get; private set; } = 10_000;

    /// <summary>Reaching the step bound is a bug (Coyote: --fail-on-max-steps); otherwise the iteration just ends.</summary>
    public bool FailOnMaxSteps { get; private set; }

    /// <summary>Keep exploring after a bug (Coyote: --explore); by default the run stops at the first one.</summary>
    public bool ExploreAfterBugs { get; private set; }

    /// <summary>Threads still alive when the main thread's body returns are a bug (otherwise they are canceled).</summary>
    public bool LeakedThreadsAreBugs { get; private set; }

    /// <summary>A trace to replay instead of exploring (one iteration).</summary>
    public ExecutionTrace? ReproducibleTrace { get; private set; }

    /// <summary>Real time an iteration may take before it is canceled as a potential deadlock in uncontrolled code.</summary>
    public TimeSpan IterationTimeout { get; private set; } = TimeSpan.FromSeconds(60);

    /// <summary>Stack of the OS thread that runs the test body (Python recursion needs a large one).</summary>
    public int MainThreadStackBytes { get; private set; } = 16 * 1024 * 1024;

    public ISchedulingStrategy CreateStrategy() => _strategyFactory();

    public Configuration WithTestingIterations(int iterations)
    {
        if (iterations < 1) throw new ArgumentOutOfRangeException(nameof(iterations));
        TestingIterations = iterations;
        return this;
    }

    public Configuration WithRandomGeneratorSeed(ulong seed)
    {
        RandomGeneratorSeed = seed;
        return this;
    }

    public Configuration WithMaxSchedulingSteps(int steps)
    {
        if (steps < 1) throw new ArgumentOutOfRangeException(nameof(steps));
        MaxSchedulingSteps = steps;
        return this;
    }

    public Configuration WithFailureOnMaxStepsBoundEnabled(bool enabled = true)
    {
        FailOnMaxSteps = enabled;
        return this;
    }

    public Configuration WithExplorationAfterBugs(bool enabled = true)
    {
        ExploreAfterBugs = enabled;
        return this;
    }

    public Configuration WithLeakedThreadsAsBugs(bool enabled = true)
    {
        LeakedThreadsAreBugs = enabled;
        return this;
    }

    public Configuration WithIterationTimeout(TimeSpan timeout)
    {
        IterationTimeout = timeout;
        return this;
    }

    public Configuration WithMainThreadStackBytes(int bytes)
    {
        MainThreadStackBytes = bytes;
        return this;
    }

    /// <summary>Any strategy; the factory is called once per engine (a strategy may learn across iterations).</summary>
    public Configuration WithStrategy(Func<ISchedulingStrategy> factory)
    {
        _strategyFactory = factory;
        return this;
    }

    /// <summary>A strategy by name, as a CLI spells it: random, probabilistic, pct (prioritization), pos.</summary>
    public Configuration WithStrategy(string name, int bound = 0) => name switch
    {
        "random" => WithRandomStrategy(),
        "probabilistic" => WithProbabilisticStrategy(bound > 0 ? bound : 3),
        "pct" or "prioritization" => WithPrioritizationStrategy(bound > 0 ? bound : 10),
        "pos" => WithPosStrategy(),
        _ => throw new ArgumentException($"unknown scheduling strategy '{name}'", nameof(name)),
    };

    public Configuration WithRandomStrategy() => WithStrategy(() => new RandomStrategy());

    public Configuration WithProbabilisticStrategy(int bound = 3) => WithStrategy(() => new ProbabilisticStrategy(bound));

    public Configuration WithPrioritizationStrategy(int bound = 10) => WithStrategy(() => new PctStrategy(bound));

    public Configuration WithPosStrategy() => WithStrategy(() => new PosStrategy());

    public Configuration WithReproducibleTrace(ExecutionTrace trace)
    {
        ReproducibleTrace = trace;
        return this;
    }

    public Configuration WithReproducibleTrace(string json) => WithReproducibleTrace(ExecutionTrace.FromJson(json));
}
