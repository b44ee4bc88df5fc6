// Micro-benchmarks of the eval loop: each runs one small Python program end to end (compile + run),
// sized so that running dominates. They isolate what the ../shared/bench programs mix: dispatch of
// simple instructions, Python-to-Python calls, float arithmetic, and the dict/list/set operations.
namespace GilRuntime.Benchmarks;

using BenchmarkDotNet.Attributes;
using GilRuntime.Core.Runtime;

[MemoryDiagnoser]
public class EvalLoopBenchmarks
{
    private const string Loop = """
        def f():
            total = 0
            for i in range(1000000):
                total += i
            return total
        f()
        """;

    private const string Calls = """
        def add(a, b):
            return a + b
        def f():
            x = 0
            for i in range(300000):
                x = add(x, i)
            return x
        f()
        """;

    private const string Recursion = """
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        fib(22)
        """;

    private const string Floats = """
        def f():
            zr = zi = 0.0
            for i in range(300000):
                zr2 = zr * zr
                zi2 = zi * zi
                zi = 2.0 * zr * zi + 0.1
                zr = zr2 - zi2 + 0.2
                if zr2 + zi2 > 4.0:
                    zr = zi = 0.0
            return zr
        f()
        """;

    private const string Containers = """
        def f():
            d = {}
            xs = []
            s = set()
            for i in range(200000):
                d[i & 1023] = i
                xs.append(i)
                s.add(i & 255)
                if (i & 511) in d:
                    xs.pop()
            return len(d) + len(xs) + len(s)
        f()
        """;

    private static int Run(string source)
    {
        var interp = new Interpreter(new InterpreterOptions { Argv = ["-c"], Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        return interp.RunString(source, "<bench>");
    }

    [Benchmark] public int ForRangeLoop() => Run(Loop);
    [Benchmark] public int PythonCalls() => Run(Calls);
    [Benchmark] public int RecursiveFib() => Run(Recursion);
    [Benchmark] public int FloatArithmetic() => Run(Floats);
    [Benchmark] public int DictListSet() => Run(Containers);
}
