// Issue 5, acceptance 3: resuming a suspended generator allocates nothing beyond the value it yields.
// The generators are created once in the global set-up and then resumed N times per invocation, so
// the memory diagnoser's "Allocated" column (bytes per operation = per resume) is the allocation of
// one resume. Every yielded value here is already boxed (a code constant, a cached small int, None),
// so any figure above 0 B is the resume machinery's own. Creating a generator is measured apart.
//
//     dotnet run -c Release --project benchmarks -- --filter '*GeneratorBenchmarks*' --job short
namespace GilRuntime.Benchmarks;

using BenchmarkDotNet.Attributes;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int N = 10_000;

    private const string Source = """
        from itertools import repeat

        def constant_forever():
            while True:
                yield "boxed constant"

        def small_ints_forever():
            while True:
                yield 1
                yield 2
                yield 3

        def echo():
            x = None
            while True:
                x = yield x

        def leaf():
            while True:
                yield 7

        def middle():
            yield from leaf()

        def top():
            yield from middle()

        def counted(n):
            for _ in repeat(None, n):
                yield 1

        def for_loop(n):
            # one generator (and one repeat iterator) per call, amortized over n resumes
            for x in counted(n):
                pass

        def send_loop(g, n):
            send = g.send
            for _ in repeat(None, n):
                send(5)

        def make():
            return constant_forever()
        """;

    private Interpreter _interp = null!;
    private PyObject _constant = null!;
    private PyObject _smallInts = null!;
    private IGeneratorLike _echo = null!;
    private PyObject _echoForPython = null!;
    private PyObject _chain = null!;
    private PyObject _forLoop = null!;
    private PyObject _sendLoop = null!;
    private PyObject _make = null!;
    private readonly PyObject _sent = PyInt.From(5);
    private readonly PyObject[] _nArg = new PyObject[1];
    private readonly PyObject[] _sendArgs = new PyObject[2];

    [GlobalSetup]
    public void Setup()
    {
        _interp = new Interpreter(new InterpreterOptions { Argv = ["-c"], Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        _interp.MainThread.Bind();
        _interp.EnsureCurrentThreadHoldsGil();
        var globals = new PyDict();
        globals.SetItem(PyStr.Intern("__name__"), PyStr.From("__main__"));
        _interp.ExecCode(PythonCompiler.Compile(Source, "<bench>", CompileMode.Exec), globals, globals);

        PyObject Global(string name) => globals.GetValueOrNull(PyStr.From(name))!;
        PyObject Started(string name)
        {
            var g = Global(name).Call([], null);
            if (g.Next() is null) throw new InvalidOperationException(name + " did not yield");
            return g;
        }

        _constant = Started("constant_forever");
        _smallInts = Started("small_ints_forever");
        _echo = (IGeneratorLike)Started("echo");
        _echoForPython = Started("echo");
        _chain = Started("top");
        _forLoop = Global("for_loop");
        _sendLoop = Global("send_loop");
        _make = Global("make");
        _nArg[0] = PyInt.From(N);
        _sendArgs[0] = _echoForPython;
        _sendArgs[1] = PyInt.From(N);
    }

    /// <summary>tp_iternext on a generator paused in `while True: yield "constant"`.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public PyObject? ResumeYieldingConstant()
    {
        PyObject? last = null;
        for (int i = 0; i < N; i++) last = _constant.Next();
        return last;
    }

    /// <summary>tp_iternext on a generator cycling through three yields of cached small ints.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public PyObject? ResumeYieldingSmallInts()
    {
        PyObject? last = null;
        for (int i = 0; i < N; i++) last = _smallInts.Next();
        return last;
    }

    /// <summary>gen.send(5) round trips (the value sent comes back out of the yield), from the host.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public PyObject SendRoundTrip()
    {
        PyObject last = Py.None;
        for (int i = 0; i < N; i++) _echo.Send(_sent, out last);
        return last;
    }

    /// <summary>tp_iternext through `yield from` delegation three generators deep.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public PyObject? ResumeYieldFromDepth3()
    {
        PyObject? last = null;
        for (int i = 0; i < N; i++) last = _chain.Next();
        return last;
    }

    /// <summary>`for x in counted(N): pass` in Python: FOR_ITER resuming the generator N times.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public PyObject PythonForLoop() => _forLoop.Call(_nArg, null);

    /// <summary>A Python loop calling a bound g.send(5) N times.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public PyObject PythonSendLoop() => _sendLoop.Call(_sendArgs, null);

    /// <summary>Creating one generator object (its frame included), not started.</summary>
    [Benchmark]
    public PyObject CreateGenerator() => _make.Call([], null);
}
