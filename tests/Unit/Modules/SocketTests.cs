// The GIL release around system calls (Io/GilReleasingStream, _socket): the holder gives the GIL up for
// the duration of the call, and only a thread that holds it does.
namespace GilRuntime.Unit.Modules;

using GilRuntime.Core.Modules.Io;
using GilRuntime.Core.Runtime;
using GilRuntime.Threading.Gil;
using GilRuntime.Unit.Threading;
using Xunit;

public class SocketTests
{
    /// <summary>A stream that records who held the GIL while each call ran.</summary>
    private sealed class HolderProbe(IGil gil) : MemoryStream
    {
        public readonly List<GilThread?> Seen = [];

        // MemoryStream's span overloads call back into the array ones for subclasses: record there only.
        public override void Write(byte[] buffer, int offset, int count) { Seen.Add(gil.Holder); base.Write(buffer, offset, count); }
        public override void Flush() { Seen.Add(gil.Holder); base.Flush(); }
        public override int Read(byte[] buffer, int offset, int count) { Seen.Add(gil.Holder); return base.Read(buffer, offset, count); }
    }

    private static (Interpreter Interp, ThreadState Ts, GilHarness Harness) HoldingThread()
    {
        var harness = new GilHarness("cpython");
        var interp = new Interpreter(new InterpreterOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        interp.Gil = harness.Gil;
        var ts = new ThreadState(interp) { GilThread = harness.Attach("main") };
        return (interp, ts, harness);
    }

    [Fact]
    public void SystemCallsRunWithTheGilReleased()
    {
        var (_, ts, harness) = HoldingThread();
        var prev = ts.Bind();
        try
        {
            harness.Gil.Take(ts.GilThread!);
            var probe = new HolderProbe(harness.Gil);
            var s = new GilReleasingStream(probe);
            s.Write([1, 2, 3]);
            s.Flush();
            s.Position = 0;
            Assert.Equal(1, s.ReadByte());
            // The write and the read ran without the GIL; the flush of a stream with no buffer of its
            // own writes nothing and keeps it.
            Assert.Equal([null, ts.GilThread, null], probe.Seen);
            Assert.Same(ts.GilThread, harness.Gil.Holder);
            harness.Gil.Drop(ts.GilThread!, GilDropKind.Exit);
        }
        finally
        {
            ThreadState.Restore(prev);
        }
    }

    [Fact]
    public void AThreadNotHoldingTheGilLeavesItAlone()
    {
        var (_, ts, harness) = HoldingThread();
        var other = harness.Attach("other");
        harness.Gil.Take(other);
        var prev = ts.Bind();
        try
        {
            var probe = new HolderProbe(harness.Gil);
            new GilReleasingStream(probe).Write([7]);
            Assert.Equal([other], probe.Seen);
            Assert.Same(other, harness.Gil.Holder);
        }
        finally
        {
            ThreadState.Restore(prev);
            harness.Gil.Drop(other, GilDropKind.Exit);
        }
    }
}
