// Parses every .py file of CPython's stdlib (including test/) and compares with CPython.
// Behind an environment variable because it takes a while: GILRUN_PARSE_STDLIB=1 runs it.
// With GILRUN_AST_DUMPS=DIR (made by `scripts/parse-stdlib/run`), each file's AST must also be
// identical, positions included, to CPython's, and files CPython rejects must be rejected.
namespace GilRuntime.Unit.Compiler;

using System.Text;
using System.Text.RegularExpressions;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Parsing;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;
using Xunit.Abstractions;

public class ParserStdlibTests(ITestOutputHelper output)
{
    private const string StdlibDir = "/root/.pyenv/versions/3.11.7/lib/python3.11";

    /// <summary>Files whose outcome differs from CPython for reasons outside the parser.</summary>
    private static readonly Dictionary<string, string> s_exclusions = new()
    {
        ["test/tokenizedata/bad_coding2.py"] =
            "a BOM with a non-canonical 'utf8' cookie is a decoding error, which is the source loader's job, not the parser's",
    };

    /// <summary>Decodes a source file as CPython would: BOM, else the coding cookie, else UTF-8.</summary>
    public static string ReadSource(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var utf8 = new UTF8Encoding(false, true);
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 400)).Split('\n');
        for (int i = 0; i < Math.Min(2, head.Length); i++)
        {
            var m = Regex.Match(head[i], @"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)");
            if (m.Success)
            {
                string enc = m.Groups[1].Value.ToLowerInvariant().Replace('_', '-');
                if (enc.StartsWith("utf-8") || enc == "utf8") break;
                if (bom) throw PyErr.SyntaxError("encoding problem: " + m.Groups[1].Value + " with BOM", path, 0, -1, null);
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                if (enc is "latin1" or "latin-1" or "iso-latin-1") enc = "iso-8859-1";
                try { return Encoding.GetEncoding(enc).GetString(bytes); }
                catch (ArgumentException) { throw PyErr.SyntaxError("unknown encoding: " + m.Groups[1].Value, path, 0, -1, null); }
            }
            if (!Regex.IsMatch(head[i], @"^[ \t\f]*(#.*)?\r?$")) break;
        }
        try { return bom ? utf8.GetString(bytes, 3, bytes.Length - 3) : utf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw PyErr.SyntaxError("(unicode error) 'utf-8' codec can't decode byte: " + e.Message, path, 0, -1, null);
        }
    }

    /// <summary>The files python3 3.11.7 rejects (ast.parse raises SyntaxError), observed with
    /// scripts/parse-stdlib/astdump.py; used when no dumps are given.</summary>
    private static readonly HashSet<string> s_rejectedByCPython =
    [
        "lib2to3/tests/data/bom.py", "lib2to3/tests/data/crlf.py", "lib2to3/tests/data/different_encoding.py",
        "lib2to3/tests/data/false_encoding.py", "lib2to3/tests/data/py2_test_grammar.py",
        "test/tokenizedata/bad_coding.py", "test/tokenizedata/badsyntax_3131.py", "test/tokenizedata/badsyntax_pep3120.py",
    ];

    /// <summary>Always on: the top-level stdlib modules (about 200 files) all parse.</summary>
    [Fact]
    public void TopLevelStdlibModulesParse()
    {
        if (!Directory.Exists(StdlibDir)) return;
        var files = Directory.GetFiles(StdlibDir, "*.py", SearchOption.TopDirectoryOnly);
        var failed = new List<string>();
        foreach (var f in files)
        {
            try { Parser.ParseModule(ReadSource(f), f); }
            catch (PyException e) { failed.Add($"{Path.GetFileName(f)}: {e.Message}"); }
        }
        Assert.True(files.Length > 100, "stdlib not found");
        Assert.Empty(failed);
    }

    [Fact]
    public void EveryStdlibFileParsesLikeCPython()
    {
        if (Environment.GetEnvironmentVariable("GILRUN_PARSE_STDLIB") != "1" || !Directory.Exists(StdlibDir)) return;
        string? dumps = Environment.GetEnvironmentVariable("GILRUN_AST_DUMPS");
        var files = Directory.GetFiles(StdlibDir, "*.py", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        int parsed = 0, rejected = 0, same = 0, failures = 0, rejectedOk = 0;
        var report = new StringBuilder();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var parseTime = new System.Diagnostics.Stopwatch();
        foreach (var f in files)
        {
            string rel = Path.GetRelativePath(StdlibDir, f);
            if (s_exclusions.ContainsKey(rel)) continue;
            string? expected = null;
            if (dumps is not null && File.Exists(Path.Combine(dumps, rel + ".ast")))
                expected = File.ReadAllText(Path.Combine(dumps, rel + ".ast"));
            string actual;
            try
            {
                string source = ReadSource(f);
                parseTime.Start();
                Module m;
                try { m = Parser.ParseModule(source, f); }
                finally { parseTime.Stop(); }
                parsed++;
                actual = dumps is null ? "" : ParserAstDump.Dump(m);
            }
            catch (PyException e) when (e.Value is PySyntaxError se)
            {
                rejected++;
                actual = $"ERROR {se.Type.Name}|{se.Msg}|{se.Lineno}|{se.Offset}";
            }
            catch (PyException e)
            {
                rejected++;
                actual = $"ERROR {e.Value.Type.Name}|{e.Message}";
            }
            if (expected is not null && expected.StartsWith("SKIP")) expected = null;
            if (expected is null)
            {
                if (actual.StartsWith("ERROR") != s_rejectedByCPython.Contains(rel))
                {
                    failures++;
                    report.AppendLine($"{rel}: {(actual.StartsWith("ERROR") ? actual : "parsed, but CPython rejects it")}");
                }
                continue;
            }
            if (expected.StartsWith("ERROR") && actual.StartsWith("ERROR"))
            {
                rejectedOk++;
                if (expected != actual) report.AppendLine($"{rel}: (both reject) expected {expected} got {actual}");
                continue;
            }
            if (expected == actual) { same++; continue; }
            failures++;
            int at = 0;
            while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
            int from = Math.Max(0, at - 150);
            report.AppendLine($"{rel}: differs at {at}\n  expected ...{Slice(expected, from, 300)}\n  actual   ...{Slice(actual, from, 300)}");
        }
        string summary = $"{files.Length} files in {sw.Elapsed.TotalSeconds:F1}s (parsing {parseTime.Elapsed.TotalSeconds:F1}s): parsed {parsed}, rejected {rejected}; " +
            $"identical AST {same}, both rejected {rejectedOk}, failures {failures}";
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "gilrun-parse-stdlib.txt"), summary + "\n" + report);
        output.WriteLine(summary);
        Assert.True(failures == 0, summary + "\n" + (report.Length > 4000 ? report.ToString(0, 4000) : report.ToString()));
    }

    private static string Slice(string s, int from, int n) => from >= s.Length ? "" : s.Substring(from, Math.Min(n, s.Length - from));
}
