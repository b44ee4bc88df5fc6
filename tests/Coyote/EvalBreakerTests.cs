// The eval breaker is written by other threads (drop requests, signals, async exceptions) while the
// running thread clears the bits it handled: no update may be lost when they race.
namespace GilRuntime.Coyote;

using GilRuntime.Threading;
using Xunit;

public class EvalBreakerTests
{
    [Fact]
    public void SetAndClearTouchOnlyTheirBits()
    {
        var b = new EvalBreaker();
        Assert.False(b.IsSet);
        b.Set(EvalBreakerBits.GilDropRequest | EvalBreakerBits.PendingCalls);
        Assert.True(b.IsSet);
        b.Clear(EvalBreakerBits.GilDropRequest);
        Assert.Equal(EvalBreakerBits.PendingCalls, b.Bits);
        Assert.True(b.Has(EvalBreakerBits.PendingCalls));
        b.Clear(EvalBreakerBits.PendingCalls);
        Assert.False(b.IsSet);
    }

    [Fact]
    public void ConcurrentWritersLoseNoBit()
    {
        // Four threads each own one bit and toggle it many times, ending with it set; a lost update
        // (a plain read-modify-write) would leave some bit clear at the end.
        var b = new EvalBreaker();
        var bits = new[] { EvalBreakerBits.GilDropRequest, EvalBreakerBits.SignalsPending,
                           EvalBreakerBits.PendingCalls, EvalBreakerBits.AsyncException };
        using var start = new Barrier(bits.Length);
        var threads = bits.Select(bit => new Thread(() =>
        {
            start.SignalAndWait();
            for (int i = 0; i < 200_000; i++)
            {
                b.Set(bit);
                b.Clear(bit);
            }
            b.Set(bit);
        })).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        Assert.Equal(EvalBreakerBits.GilDropRequest | EvalBreakerBits.SignalsPending
                     | EvalBreakerBits.PendingCalls | EvalBreakerBits.AsyncException, b.Bits);
    }
}
