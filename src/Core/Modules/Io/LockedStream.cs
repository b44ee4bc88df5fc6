// A Stream whose every call holds an IoLock: the buffered layer of a binary file (a BufferedStream over
// a GilReleasingStream) gives the GIL up inside its system calls, so two Python threads could otherwise
// be inside its buffer at once. A call that finds the stream closed by another thread meanwhile raises
// ValueError, as CPython's buffered objects do.
namespace GilRuntime.Core.Modules.Io;

using GilRuntime.Core.Objects;

public sealed class LockedStream(Stream inner) : Stream
{
    private readonly object _gate = new();
    private bool _disposed;

    private void Enter()
    {
        IoLock.Enter(_gate);
        if (_disposed)
        {
            IoLock.Exit(_gate);
            throw PyErr.ValueError("I/O operation on closed file.");
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Enter();
        try { return inner.Read(buffer, offset, count); }
        finally { IoLock.Exit(_gate); }
    }

    public override int ReadByte()
    {
        Enter();
        try { return inner.ReadByte(); }
        finally { IoLock.Exit(_gate); }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Enter();
        try { inner.Write(buffer, offset, count); }
        finally { IoLock.Exit(_gate); }
    }

    public override int Read(Span<byte> buffer)
    {
        Enter();
        try { return inner.Read(buffer); }
        finally { IoLock.Exit(_gate); }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Enter();
        try { inner.Write(buffer); }
        finally { IoLock.Exit(_gate); }
    }

    public override void CopyTo(Stream destination, int bufferSize)
    {
        Enter();
        try { inner.CopyTo(destination, bufferSize); }
        finally { IoLock.Exit(_gate); }
    }

    public override void Flush()
    {
        Enter();
        try { inner.Flush(); }
        finally { IoLock.Exit(_gate); }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Enter();
        try { return inner.Seek(offset, origin); }
        finally { IoLock.Exit(_gate); }
    }

    public override long Position
    {
        get
        {
            Enter();
            try { return inner.Position; }
            finally { IoLock.Exit(_gate); }
        }
        set
        {
            Enter();
            try { inner.Position = value; }
            finally { IoLock.Exit(_gate); }
        }
    }

    public override void SetLength(long value)
    {
        Enter();
        try { inner.SetLength(value); }
        finally { IoLock.Exit(_gate); }
    }

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => inner.Length;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            IoLock.Enter(_gate);
            try
            {
                if (!_disposed)
                {
                    _disposed = true;
                    inner.Dispose();
                }
            }
            finally
            {
                IoLock.Exit(_gate);
            }
        }
        base.Dispose(disposing);
    }
}
