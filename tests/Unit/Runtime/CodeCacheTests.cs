// __pycache__ (Runtime/CodeCache) and the code serializer (Bytecode/CodeMarshal): a cache is written
// beside the source, reused while the source's mtime and size are unchanged, replaced when stale,
// corrupt or from another format version, skipped when the folder can't be written; every kind of
// constant survives the round trip.
namespace GilRuntime.Unit.Runtime;

using System.Text.RegularExpressions;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Unit.Bytecode;
using Xunit;
using Assert = Xunit.Assert;

public sealed class CodeCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "gilrun-codecache-" + Guid.NewGuid().ToString("N"));

    public CodeCacheTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Source(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static CodeObject RoundTrip(CodeObject c) => CodeMarshal.Read(CodeMarshal.Serialize(c));

    [Fact]
    public void CachePathFollowsCpythonLayout()
    {
        var prefix = CodeCache.PycachePrefix;
        CodeCache.PycachePrefix = null;
        try
        {
            Assert.Equal(Path.Combine("/a/b", "__pycache__", "mod.gilrun-311.pyc"), CodeCache.CachePath("/a/b/mod.py"));
            Assert.Equal(Path.Combine("/a/b", "__pycache__", "x.y.gilrun-311.pyc"), CodeCache.CachePath("/a/b/x.y.py"));
        }
        finally { CodeCache.PycachePrefix = prefix; }
    }

    [Fact]
    public void WritesCacheAndReusesItWhileSourceUnchanged()
    {
        var src = Source("m1.py", "def f(a, *b, c=3, **d):\n    return a + len(b) + c\nX = 10 ** 30\n");
        var first = CodeCache.LoadOrCompile(src);
        var cache = CodeCache.CachePath(src);
        Assert.True(File.Exists(cache));
        var written = File.GetLastWriteTimeUtc(cache);
        var bytes = File.ReadAllBytes(cache);
        var second = CodeCache.LoadOrCompile(src);
        Assert.Equal(bytes, File.ReadAllBytes(cache));
        Assert.Equal(written, File.GetLastWriteTimeUtc(cache));
        Assert.NotSame(first, second);
        Assert.Equal(CodeDump.Dump(first), CodeDump.Dump(second));
        Assert.True(CodeCache.IsCurrent(src));
    }

    [Fact]
    public void ChangedSourceIsRecompiled()
    {
        var src = Source("m2.py", "x = 1\n");
        var mtime = File.GetLastWriteTimeUtc(src);
        CodeCache.LoadOrCompile(src);
        File.WriteAllText(src, "x = 12345\n");
        File.SetLastWriteTimeUtc(src, mtime.AddSeconds(5));
        Assert.False(CodeCache.IsCurrent(src));
        var code = CodeCache.LoadOrCompile(src);
        Assert.Contains(code.co_consts, k => k is PyInt { Value: 12345 });
        Assert.True(CodeCache.IsCurrent(src));
        // Same size, different mtime: still stale.
        File.WriteAllText(src, "x = 54321\n");
        File.SetLastWriteTimeUtc(src, mtime.AddSeconds(10));
        Assert.Contains(CodeCache.LoadOrCompile(src).co_consts, k => k is PyInt { Value: 54321 });
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("version")]
    [InlineData("empty")]
    public void CorruptOrOldCacheIsIgnoredAndReplaced(string damage)
    {
        var src = Source("m3_" + damage + ".py", "def g():\n    return 'hello'\n");
        var good = CodeDump.Dump(CodeCache.LoadOrCompile(src));
        var cache = CodeCache.CachePath(src);
        var bytes = File.ReadAllBytes(cache);
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]); break;
            case "garbage":
                for (int i = 40; i < bytes.Length; i++) bytes[i] = (byte)(bytes[i] * 31 + 7);
                File.WriteAllBytes(cache, bytes);
                break;
            case "version": bytes[4] ^= 0x7F; File.WriteAllBytes(cache, bytes); break;
            case "empty": File.WriteAllBytes(cache, []); break;
        }
        Assert.Equal(good, CodeDump.Dump(CodeCache.LoadOrCompile(src)));
        Assert.True(CodeCache.IsCurrent(src));
        Assert.Equal(good, CodeDump.Dump(CodeMarshal.Read(File.ReadAllBytes(cache).AsSpan(40), src)));
    }

    [Fact]
    public void UnwritableCacheFolderIsSkippedSilently()
    {
        var sub = Path.Combine(_dir, "ro");
        Directory.CreateDirectory(sub);
        var src = Path.Combine(sub, "m4.py");
        File.WriteAllText(src, "y = 2\n");
        File.WriteAllText(Path.Combine(sub, "__pycache__"), "a file where the folder should be");
        var code = CodeCache.LoadOrCompile(src);
        Assert.Contains(code.co_names, n => n.Value == "y");
        Assert.False(CodeCache.IsCurrent(src));
    }

    [Fact]
    public void SyntaxErrorIsRaisedAndNothingCached()
    {
        var src = Source("m5.py", "def f():\n    nonlocal q\n");
        var e = Assert.Throws<PyException>(() => CodeCache.LoadOrCompile(src));
        var se = Assert.IsType<PySyntaxError>(e.Value);
        Assert.Equal("no binding for nonlocal 'q' found", se.Msg);
        Assert.Equal(2, se.Lineno);
        Assert.False(File.Exists(CodeCache.CachePath(src)));
    }

    [Fact]
    public void MissingSourceRaisesFileNotFoundError()
    {
        var e = Assert.Throws<PyException>(() => CodeCache.LoadOrCompile(Path.Combine(_dir, "nope.py")));
        Assert.Equal("FileNotFoundError", e.Value.Type.Name);
    }

    [Fact]
    public void CachedCodeTakesTheSourcePathAsFilename()
    {
        var src = Source("m6.py", "def h():\n    def k(): pass\n    return k\n");
        CodeCache.LoadOrCompile(src);
        var moved = Path.Combine(_dir, "moved");
        Directory.CreateDirectory(moved);
        Directory.Move(Path.Combine(_dir, "__pycache__"), Path.Combine(moved, "__pycache__"));
        var dst = Path.Combine(moved, "m6.py");
        File.Move(src, dst);
        var code = CodeCache.LoadOrCompile(dst);
        Assert.Equal(dst, code.co_filename);
        var h = code.co_consts.OfType<CodeObject>().Single();
        Assert.Equal(dst, h.co_filename);
        Assert.Equal(dst, h.co_consts.OfType<CodeObject>().Single().co_filename);
    }

    [Fact]
    public void CodingCookieIsHonoured()
    {
        var path = Path.Combine(_dir, "latin.py");
        File.WriteAllBytes(path, [.. "# -*- coding: latin-1 -*-\ns = '"u8, 0xE9, .. "'\n"u8]);
        var code = CodeCache.LoadOrCompile(path);
        Assert.Contains(code.co_consts, k => k is PyStr { Value: "\u00e9" });
    }

    [Fact]
    public void EveryConstantKindRoundTrips()
    {
        const string src = """
            a = (None, ..., True, False, 0, -5, 256, 2**62, -2**63, 2**64, -(2**200), 1.5, -0.0,
                 float('nan'), 1e308 * 10, 3j, 1.5-2j, 'é', '\udc80x', '😀', b'\x00\xff', (1, (2, 'x')))
            b = x in {1, 2.5, 'k', b'z', (1, 2)}
            def f(p, /, q, *r, s=1, **t):
                y = 1
                def g():
                    nonlocal y
                    return y, p
                try:
                    return g
                except* ValueError:
                    pass
                finally:
                    print(y)
            class C:
                def m(self):
                    return __class__
            async def co():
                async with z as w:
                    await w
            """;
        var code = PythonCompiler.Compile(src, "<consts>", CompileMode.Exec);
        var back = RoundTrip(code);
        Assert.Equal(CodeDump.Dump(code), CodeDump.Dump(back));
        var w1 = new StringWriter(); Disassembler.Disassemble(code, w1);
        var w2 = new StringWriter(); Disassembler.Disassemble(back, w2);
        Assert.Equal(Regex.Replace(w1.ToString(), "at 0x[0-9a-f]+", "at 0x"), Regex.Replace(w2.ToString(), "at 0x[0-9a-f]+", "at 0x"));
    }

    [Fact]
    public void CorruptPayloadNeverCrashes()
    {
        var code = PythonCompiler.Compile("def f(x):\n    return [i * x for i in range(3)]\n", "<c>", CompileMode.Exec);
        var bytes = CodeMarshal.Serialize(code);
        var rng = new Random(12345);
        for (int n = 0; n < 300; n++)
        {
            var b = (byte[])bytes.Clone();
            int len = rng.Next(1, b.Length + 1);
            for (int k = 0; k < 3; k++) b[rng.Next(len)] = (byte)rng.Next(256);
            try { CodeMarshal.Read(b.AsSpan(0, len)); }
            catch (InvalidDataException) { }
        }
    }
}
