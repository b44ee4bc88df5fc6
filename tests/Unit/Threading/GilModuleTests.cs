// The gil module seen from Python: the policy and interval of the running GIL, a switch counter and a
// stats dict that grow while two threads spin, threading's names in the per-thread entries, and
// reset_stats. (Not a golden: CPython has no gil module to produce the expected output.)
namespace GilRuntime.Unit.Threading;

using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Gil;
using Xunit;

[Collection("GilTiming")]
public class GilModuleTests
{
    private static (string Out, string Err, int Status) Exec(string source, GilOptions gil)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new Interpreter(new InterpreterOptions
        {
            Argv = ["t.py"], Stdout = stdout, Stderr = stderr, Stdin = new StringReader(""), Gil = gil,
        });
        int status = -1;
        var t = new Thread(() => status = interp.RunString(source, "<string>"), 64 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(20000), "the program did not finish");
        return (stdout.ToString(), stderr.ToString(), status);
    }

    private const string Spinners = """
import gil, threading, time, sys
sys.setswitchinterval(0.001)
print(gil.policy(), gil.interval(), type(gil.switch_number()).__name__)
s0 = gil.switch_number()
stop = False
def spin():
    while not stop:
        pass
ts = [threading.Thread(target=spin, name=f"spin-{i}") for i in range(2)]
for t in ts: t.start()
time.sleep(0.3)
stop = True
for t in ts: t.join()
st = gil.stats()
names = sorted(t["name"] for t in st["threads"])
print(st["switches"] > 5, gil.switch_number() > s0 + 5, names)
print(st["policy"], st["interval_us"], type(st["elapsed_s"]).__name__, sorted(st["slice_us"]))
spinners = [t for t in st["threads"] if t["name"].startswith("spin")]
print(all(t["bytecodes"] > 1000 and not t["alive"] and t["switches"] > 0 for t in spinners))
print(st["forced_drops"] > 0, st["drop_requests_issued"] > 0)
gil.reset_stats()
st = gil.stats()
print(st["switches"], [t["name"] for t in st["threads"]], st["forced_drops"])
""";

    [Theory]
    [InlineData("cpython")]
    [InlineData("fair")]
    public void StatsGrowWhileTwoThreadsSpin(string policy)
    {
        var (output, err, status) = Exec(Spinners, new GilOptions { Policy = policy });
        Assert.Equal("", err);
        Assert.Equal(0, status);
        Assert.Equal($"""
{policy} 0.001 int
True True ['MainThread', 'spin-0', 'spin-1']
{policy} 1000 float ['count', 'max', 'mean', 'p50', 'p99']
True
True True
0 ['MainThread'] 0

""", output);
    }

    [Fact]
    public void LegacyReportsItsPolicyAndSwitchesWithoutRequests()
    {
        var (output, err, status) = Exec("""
import gil, threading
def count(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=count, args=(200000,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
st = gil.stats()
print(gil.policy(), st["check_interval"], st["drop_requests_issued"], st["forced_drops"] > 100)
""", new GilOptions { Policy = "legacy", CheckInterval = 100 });
        Assert.Equal("", err);
        Assert.Equal(0, status);
        Assert.Equal("legacy 100 0 True\n", output);
    }
}
