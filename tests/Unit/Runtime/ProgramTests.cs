// Whole programs through compiler and VM, compared with what python3 prints for the same source
// (expected texts were produced by CPython 3.11.7 and are hard-coded here).
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Runtime;
using Xunit;

public class ProgramTests
{
    private static (int Status, string Stdout, string Stderr, string Path) RunProgram(string source, string name = "prog.py")
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gilrun-prog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = System.IO.Path.Combine(dir, name);
        File.WriteAllText(path, source);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int status = -1;
        var t = new Thread(() =>
        {
            var interp = new Interpreter(new InterpreterOptions
            {
                Argv = [path], Stdout = stdout, Stderr = stderr, Stdin = new StringReader(""), ScriptDirectory = dir,
            });
            status = interp.RunFile(path);
        }, 256 * 1024 * 1024);
        t.Start();
        t.Join();
        return (status, stdout.ToString(), stderr.ToString(), path);
    }

    private const string Features = """
import sys
def outer(n):
    total = 0
    def add(k, *, scale=1):
        nonlocal total
        total += k * scale
        return total
    for i in range(n):
        add(i, scale=2)
    return total
print(outer(10))
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
g = {"a": 2}
exec("b = a * 21", g)
print(g["b"], eval("a + b", g), eval("x * 2", {"x": 4}))
code = compile("1 + 1", "<expr>", "eval")
print(type(code).__name__, eval(code))
def f(a, b=2, /, c=3, *args, d, **kw):
    return (a, b, c, args, d, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, e=7))
for call in (lambda: f(), lambda: f(1, 2, d=1, a=3), lambda: f(1, x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
try:
    raise
except RuntimeError as e:
    print(e)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    print(sys.exc_info()[0].__name__)
print(locals() is globals(), "outer" in dir())
x = 10
def uses_global():
    global x
    x += 1
    return x
print(uses_global(), x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
print(max([3, 1, 2], key=lambda v: -v), min("bca"), sum([0.5, 0.25]), sum(range(5), 10))
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1], reverse=True))
print(list(map(str, [1, 2])), list(zip("ab", [1, 2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2])))
print(next(iter([]), "default"), isinstance(True, int), issubclass(bool, (str, int)), callable(len))
print(hex(-255), oct(8), bin(-5), ord("a"), chr(97), ascii("é"), repr("x"), format(3.14159, ".2f"))
print(divmod(-7, 2), pow(3, 4, 5), abs(-2.5), round(2.675, 2), any([]), all([]))
print(getattr(sys, "nope", "dflt"), hasattr(sys, "argv"), sys.version_info[:2] >= (3, 11))
""";

    private const string FeaturesOut = """
90
900
RecursionError: maximum recursion depth exceeded
('caller', 23)
42 44 8
code 2
(1, 2, 3, (), 4, {}) (1, 2, 3, (4, 5), 6, {'e': 7})
TypeError: f() missing 1 required positional argument: 'a'
TypeError: f() missing 1 required keyword-only argument: 'd'
ValueError('wrapped') KeyError('k') True
No active exception to reraise
(None, None, None)
ZeroDivisionError
True True
11 11
cannot access local variable 'y' where it is not associated with a value
1 a 0.75 20
[(1, 2), (3, 1)]
['1', '2'] [('a', 1), ('b', 2)] [1, 2] [2, 1]
default True True True
-0xff 0o10 -0b101 97 a '\xe9' 'x' 3.14
(-4, 1) 1 2.5 2.67 False True
dflt True True
""";

    [Fact]
    public void FeatureTourMatchesCPython()
    {
        var r = RunProgram(Features);
        Assert.Equal("", r.Stderr);
        Assert.Equal(FeaturesOut + "\n", r.Stdout);
        Assert.Equal(0, r.Status);
    }

    private const string Chained = """
def check(v):
    return 10 / v

def run(values):
    out = []
    for v in values:
        out.append(check(v))
    return out

try:
    run([1, 2])
    run([5, 0])
except ZeroDivisionError:
    raise ValueError("bad input")
""";

    private const string ChainedErr = """
Traceback (most recent call last):
  File "{path}", line 12, in <module>
    run([5, 0])
  File "{path}", line 7, in run
    out.append(check(v))
               ^^^^^^^^
  File "{path}", line 2, in check
    return 10 / v
           ~~~^~~
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "{path}", line 14, in <module>
    raise ValueError("bad input")
ValueError: bad input
""";

    [Fact]
    public void UncaughtChainedExceptionTraceback()
    {
        var r = RunProgram(Chained);
        Assert.Equal(ChainedErr.Replace("{path}", r.Path) + "\n", r.Stderr);
        Assert.Equal(1, r.Status);
    }

    [Fact]
    public void InfiniteRecursionReport()
    {
        var r = RunProgram("def f(n):\n    return f(n+1)\nf(0)\n");
        var entry = $"  File \"{r.Path}\", line 2, in f\n    return f(n+1)\n           ^^^^^^\n";
        Assert.Equal("Traceback (most recent call last):\n" +
            $"  File \"{r.Path}\", line 3, in <module>\n    f(0)\n" + entry + entry + entry +
            "  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n", r.Stderr);
        Assert.Equal(1, r.Status);
    }

    [Theory]
    [InlineData("import sys\nsys.exit()\n", 0, "")]
    [InlineData("import sys\nsys.exit(3)\n", 3, "")]
    [InlineData("import sys\nprint('a')\nsys.exit('bye')\n", 1, "bye\n")]
    [InlineData("raise SystemExit(7)\n", 7, "")]
    public void SystemExitStatus(string source, int status, string stderr)
    {
        var r = RunProgram(source);
        Assert.Equal(status, r.Status);
        Assert.Equal(stderr, r.Stderr);
    }

    [Fact]
    public void SyntaxErrorReport()
    {
        var r = RunProgram("x = (1,\n  2\nprint(x)\n");
        Assert.Equal($"  File \"{r.Path}\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n", r.Stderr);
        Assert.Equal(1, r.Status);
    }

    [Fact]
    public void ImportsSiblingModuleOnce()
    {
        var r = RunProgram("import helper, helper\nfrom helper import VALUE\nimport sys\nprint(VALUE, helper.twice(4), 'helper' in sys.modules)\n" +
            "try:\n    import no_such_module\nexcept ModuleNotFoundError as e:\n    print(e)\n");
        Assert.NotEqual(0, r.Status); // helper.py does not exist yet in this first run
        var dir = System.IO.Path.GetDirectoryName(r.Path)!;
        File.WriteAllText(System.IO.Path.Combine(dir, "helper.py"), "print('loading')\nVALUE = 42\ndef twice(x):\n    return 2 * x\n");
        var stdout = new StringWriter();
        var interp = new Interpreter(new InterpreterOptions { Argv = [r.Path], Stdout = stdout, Stderr = new StringWriter(), ScriptDirectory = dir });
        Assert.Equal(0, interp.RunFile(r.Path));
        Assert.Equal("loading\n42 8 True\nNo module named 'no_such_module'\n", stdout.ToString());
    }

    private const string ControlFlow = """
import sys
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
class_like = None
def h():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup", sys.exc_info()[0].__name__)
    except ValueError as e:
        print("outer caught", e, sys.exc_info()[1] is e)
    print("after", sys.exc_info())
h()
def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print("ctx", repr(e.__context__))
        print("restored", repr(sys.exc_info()[1]))
nested()
with open("/tmp/gilrun_w.txt", "w") as fh:
    print("x", file=fh)
try:
    with open("/tmp/gilrun_w.txt") as fh:
        raise RuntimeError(fh.read().strip())
except RuntimeError as e:
    print("with raised", e, fh.closed)
def gen_like():
    result = []
    for x in [1, 2, 3]:
        if x == 2:
            continue
        result.append(x)
    else:
        result.append("else")
    return result
print(gen_like())
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1), kwonly(b=3, a=1))
args = (1, 2)
kws = {"sep": "-"}
print(*args, **kws)
print(*[1], *(2, 3), sep="|")
d = {**{"a": 1}, "b": 2, **{"c": 3}}
print(d, [*range(3), *"ab"], {*[1, 1, 2]})
a, *rest, z = range(5)
print(a, rest, z)
(p, q), r = (1, 2), 3
print(p, q, r)
print([x * y for x in range(3) for y in range(2) if x], {k: v for k, v in zip("ab", "cd")})
lam = lambda *a, **k: (a, k)
print(lam(1, x=2))
print((lambda x=[]: x)() is (lambda x=[]: x)())
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("no")
print(n, 7 // 2, -7 // 2, 7 % -3, 2 ** 100, 1 < 2 < 3, 3 > 2 > 5, not None)
print(f"{n!r:>4}{'|'}{n:03d}{3.0:g}{{}}")
""";

    private const string ControlFlowOut = """
finally runs
try
fin 0
fin 1
fin 2
2
cleanup ValueError
outer caught inner True
after (None, None, None)
ctx KeyError('a')
restored KeyError('a')
with raised x True
[1, 3, 'else']
NameError: name 'e' is not defined
3 4
1-2
1|2|3
{'a': 1, 'b': 2, 'c': 3} [0, 1, 2, 'a', 'b'] {1, 2}
0 [1, 2, 3] 4
1 2 3
[0, 1, 0, 2] {'a': 'c', 'b': 'd'}
((1,), {'x': 2})
False
3 3 -4 -2 1267650600228229401496703205376 True False True
   3|0033{}
""";

    [Fact]
    public void FinallyWithAndExceptionStateMatchCPython()
    {
        var r = RunProgram(ControlFlow);
        Assert.Equal("", r.Stderr);
        Assert.Equal(ControlFlowOut + "\n", r.Stdout);
    }
}
