// A Stream decorator that performs each read, write and flush of the stream it wraps with the GIL
// released, as CPython's FileIO does around read(2)/write(2): the wrapped stream is the operating
// system's (a file, the console, a pipe), so these are exactly the calls that can block. The text and
// buffered layers above it keep their own buffers, so a print() that only fills a buffer never
// releases the GIL; only the write that reaches the OS does.
//
// Only a thread that holds the GIL releases it (writes from outside the interpreter, e.g. a flush at
// process exit, go straight through). The I/O itself is uncontrolled under the controlled scheduler.
namespace GilRuntime.Core.Modules.Io;

using GilRuntime.Core.Runtime;

public sealed class GilReleasingStream(Stream inner) : Stream
{
    /// <summary>A FileStream keeps a buffer of its own, so its Flush may write; the console and pipe
    /// streams write at once and their Flush does nothing.</summary>
    private readonly bool _innerBuffers = inner is FileStream;
    /// <summary>Written since the last flush: only then can the inner flush reach the OS.</summary>
    private bool _dirty;

    public Stream Inner => inner;

    /// <summary>True when the calling thread is a Python thread currently holding the GIL.</summary>
    private static bool HoldsGil()
    {
        var ts = ThreadState.CurrentOrNull;
        return ts?.GilThread is { } g && ReferenceEquals(ts.Interpreter.Gil?.Holder, g);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!HoldsGil()) return inner.Read(buffer);
        using (AllowThreads.Begin()) return inner.Read(buffer);
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _dirty = true;
        if (!HoldsGil())
        {
            inner.Write(buffer);
            return;
        }
        using (AllowThreads.Begin()) inner.Write(buffer);
    }

    public override void Flush()
    {
        // An empty flush (sys.stderr flushing an idle sys.stdout) keeps the GIL, as CPython's
        // BufferedWriter.flush makes no system call when it has nothing to write.
        bool mayWrite = _dirty && _innerBuffers;
        _dirty = false;
        if (!mayWrite || !HoldsGil())
        {
            inner.Flush();
            return;
        }
        using (AllowThreads.Begin()) inner.Flush();
    }

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => inner.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
