// __pycache__: compiled modules cached next to their source (CPython: importlib's SourceLoader with
// cache_from_source, _validate_timestamp_pyc and _write_atomic). The cache of dir/name.py is
// dir/__pycache__/name.gilrun-311.pyc:
//
//   offset  size  field
//   0       4     magic "GILR"
//   4       4     format version (little-endian int32)
//   8       16    module version id of the compiler assembly: any rebuild of the compiler invalidates caches
//   24      8     source mtime, UTC ticks
//   32      8     source size in bytes
//   40      ..    CodeMarshal payload
//
// A cache is used only when every header field matches; anything else (old version, other compiler,
// changed source, truncated or corrupt payload) is ignored and the source is recompiled and the cache
// rewritten. Writes go to a temporary file renamed over the target, so a reader never sees a half
// file; a directory that cannot be written is skipped silently, as CPython does.
namespace GilRuntime.Core.Runtime;

using System.Buffers.Binary;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Objects;

public static class CodeCache
{
    public const string CacheTag = "gilrun-311";
    private const int FormatVersion = 1;
    private const int HeaderSize = 40;
    private static ReadOnlySpan<byte> Magic => "GILR"u8;
    private static readonly Guid s_compilerId = typeof(CodeCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>When false, caches are still read but never written (python -B, sys.dont_write_bytecode).</summary>
    public static bool WriteEnabled { get; set; } = true;

    /// <summary>Where caches go instead of __pycache__ folders when set: a tree mirroring the sources'
    /// absolute paths (CPython: sys.pycache_prefix, from PYTHONPYCACHEPREFIX).</summary>
    public static string? PycachePrefix { get; set; } =
        Environment.GetEnvironmentVariable("PYTHONPYCACHEPREFIX") is { Length: > 0 } p ? Path.GetFullPath(p) : null;

    /// <summary>dir/name.py -> dir/__pycache__/name.gilrun-311.pyc (CPython: importlib.util.cache_from_source).</summary>
    public static string CachePath(string sourcePath)
    {
        var dir = Path.GetDirectoryName(sourcePath) ?? "";
        var file = Path.GetFileName(sourcePath);
        int dot = file.LastIndexOf('.');
        var stem = dot > 0 ? file[..dot] : file;
        if (PycachePrefix is { } prefix)
            return Path.Join(prefix, Path.GetFullPath(dir).TrimStart('/', '\\'), $"{stem}.{CacheTag}.pyc");
        return Path.Combine(dir, "__pycache__", $"{stem}.{CacheTag}.pyc");
    }

    /// <summary>The code object of a module's source file: from its cache when that is up to date, else
    /// compiled (and cached). Raises SyntaxError as compiling does, OSError when the source can't be read.</summary>
    public static CodeObject LoadOrCompile(string sourcePath)
    {
        var (mtime, size) = Stat(sourcePath);
        var cachePath = CachePath(sourcePath);
        var cached = TryRead(cachePath, mtime, size, sourcePath);
        if (cached is not null) return cached;
        return CompileAndWrite(sourcePath, cachePath, mtime, size);
    }

    /// <summary>For `gilrun compileall`: makes the cache of <paramref name="sourcePath"/> current. Returns
    /// false when it already was (and <paramref name="force"/> is off), true when the file was compiled.
    /// Raises SyntaxError for a file that does not compile.</summary>
    public static bool Refresh(string sourcePath, bool force)
    {
        var (mtime, size) = Stat(sourcePath);
        var cachePath = CachePath(sourcePath);
        if (!force && HeaderMatches(cachePath, mtime, size)) return false;
        CompileAndWrite(sourcePath, cachePath, mtime, size);
        return true;
    }

    /// <summary>True when the cache of <paramref name="sourcePath"/> matches the source's mtime and size
    /// and was written by this compiler.</summary>
    public static bool IsCurrent(string sourcePath)
    {
        var (mtime, size) = Stat(sourcePath);
        return HeaderMatches(CachePath(sourcePath), mtime, size);
    }

    /// <summary>Reads and compiles a source file, decoding it as CPython does (BOM, coding cookie, UTF-8).</summary>
    public static CodeObject CompileFile(string sourcePath)
    {
        byte[] bytes = ReadSource(sourcePath);
        return PythonCompiler.Compile(SourceDecoder.Decode(bytes, sourcePath), sourcePath, CompileMode.Exec);
    }

    private static CodeObject CompileAndWrite(string sourcePath, string cachePath, long mtime, long size)
    {
        var code = CompileFile(sourcePath);
        if (WriteEnabled) TryWrite(cachePath, code, mtime, size);
        return code;
    }

    private static (long Mtime, long Size) Stat(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw PyErr.New(ExceptionTypes.FileNotFoundError, PyInt.From(2), PyStr.From("No such file or directory"), PyStr.From(path));
        return (info.LastWriteTimeUtc.Ticks, info.Length);
    }

    private static byte[] ReadSource(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bool missing = e is FileNotFoundException or DirectoryNotFoundException;
            throw PyErr.New(missing ? ExceptionTypes.FileNotFoundError : ExceptionTypes.PermissionError,
                PyInt.From(missing ? 2 : 13), PyStr.From(missing ? "No such file or directory" : "Permission denied"),
                PyStr.From(path));
        }
    }

    private static void WriteHeader(Span<byte> h, long mtime, long size)
    {
        Magic.CopyTo(h);
        BinaryPrimitives.WriteInt32LittleEndian(h[4..], FormatVersion);
        s_compilerId.TryWriteBytes(h[8..24]);
        BinaryPrimitives.WriteInt64LittleEndian(h[24..], mtime);
        BinaryPrimitives.WriteInt64LittleEndian(h[32..], size);
    }

    private static bool HeaderIsCurrent(ReadOnlySpan<byte> data, long mtime, long size)
    {
        if (data.Length < HeaderSize) return false;
        Span<byte> expected = stackalloc byte[HeaderSize];
        WriteHeader(expected, mtime, size);
        return data[..HeaderSize].SequenceEqual(expected);
    }

    private static bool HeaderMatches(string cachePath, long mtime, long size)
    {
        try
        {
            using var f = new FileStream(cachePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> h = stackalloc byte[HeaderSize];
            return f.ReadAtLeast(h, HeaderSize, throwOnEndOfStream: false) == HeaderSize && HeaderIsCurrent(h, mtime, size);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static CodeObject? TryRead(string cachePath, long mtime, long size, string sourcePath)
    {
        byte[] data;
        try { data = File.ReadAllBytes(cachePath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (!HeaderIsCurrent(data, mtime, size)) return null;
        try { return CodeMarshal.Read(data.AsSpan(HeaderSize), sourcePath); }
        catch (Exception e) when (e is InvalidDataException or OverflowException or ArgumentException) { return null; }
    }

    private static void TryWrite(string cachePath, CodeObject code, long mtime, long size)
    {
        string? tmp = null;
        try
        {
            var ms = new MemoryStream();
            Span<byte> h = stackalloc byte[HeaderSize];
            WriteHeader(h, mtime, size);
            ms.Write(h);
            CodeMarshal.Write(code, ms);
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            tmp = $"{cachePath}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
                ms.WriteTo(f);
            File.Move(tmp, cachePath, overwrite: true);
            tmp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException) { }
        finally
        {
            if (tmp is not null)
                try { File.Delete(tmp); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
