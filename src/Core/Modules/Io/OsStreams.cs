// Puts a GilReleasingStream under the text writers and readers the io objects are given, when they
// stand on an operating-system stream (console, pipe, file): the encoder or decoder and its buffer
// stay above, the system call goes below, outside the GIL. In-memory writers (StringWriter,
// MemoryStream, what the tests and the controlled scheduler use) are left as they are.
namespace GilRuntime.Core.Modules.Io;

public static class OsStreams
{
    private const int BufferSize = 1 << 16;

    /// <summary>Writers flushed at process exit: a standard stream replaced in sys (sys.stdout = ...) is
    /// never flushed by the interpreter again, but CPython still writes out what it buffered.</summary>
    private static readonly List<StreamWriter> s_flushAtExit = [];
    private static bool s_exitHooked;

    /// <summary>A writer over the same OS stream whose writes and flushes release the GIL, or <paramref name="w"/> itself.</summary>
    public static TextWriter ForWriting(TextWriter w, bool flushAtExit)
    {
        if (w is not StreamWriter sw || !IsOsStream(sw.BaseStream)) return w;
        sw.Flush();
        var wrapped = new StreamWriter(new GilReleasingStream(sw.BaseStream), sw.Encoding, BufferSize) { AutoFlush = sw.AutoFlush };
        if (flushAtExit)
        {
            lock (s_flushAtExit)
            {
                s_flushAtExit.Add(wrapped);
                if (!s_exitHooked)
                {
                    s_exitHooked = true;
                    AppDomain.CurrentDomain.ProcessExit += static (_, _) => FlushAll();
                }
            }
        }
        return wrapped;
    }

    /// <summary>A reader over the same OS stream whose buffer refills release the GIL, or <paramref name="r"/> itself.</summary>
    public static TextReader ForReading(TextReader r)
    {
        if (r is not StreamReader sr || !IsOsStream(sr.BaseStream)) return r;
        return new StreamReader(new GilReleasingStream(sr.BaseStream), sr.CurrentEncoding, detectEncodingFromByteOrderMarks: false, BufferSize);
    }

    /// <summary>A reader the io layer cannot look under (Console.In): each whole read is done with the GIL released.</summary>
    public static bool NeedsReleasePerRead(TextReader r) => r is not (StringReader or StreamReader);

    /// <summary>A file, a pipe or the console: a stream whose reads and writes are system calls.</summary>
    private static bool IsOsStream(Stream s) =>
        s is FileStream or System.IO.Pipes.PipeStream || s.GetType().Name.Contains("ConsoleStream", StringComparison.Ordinal);

    private static void FlushAll()
    {
        lock (s_flushAtExit)
        {
            foreach (var w in s_flushAtExit)
            {
                try
                {
                    w.Flush();
                }
                catch (IOException) { }
                catch (ObjectDisposedException) { }
            }
        }
    }
}
