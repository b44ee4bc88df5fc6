// Golden disassembly: every Golden/dis/NAME.py is compiled from source and disassembled; the output
// must equal NAME.dis exactly (code object addresses masked as 0x...). Each .dis was reviewed against
// `python3.11 -m dis NAME.py`: the same instructions, lines, jump targets and exception table, except
// the documented differences (docs/bytecode.md): no CACHE/PRECALL entries, hence gilrun's own
// offsets; cell/free variable arguments index co_cellvars+co_freevars.
namespace GilRuntime.Unit;

using System.Text.RegularExpressions;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using Xunit;

public partial class DisGoldenTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Golden", "dis");

    [GeneratedRegex("at 0x[0-9a-f]+")]
    private static partial Regex Address();

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir, "*.py").OrderBy(x => x, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Fact]
    public void HasAtLeastTwelvePrograms() => Assert.True(Programs().Count >= 12);

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesGolden(string name)
    {
        var source = File.ReadAllText(Path.Combine(Dir, name + ".py"));
        var code = PythonCompiler.Compile(source, name + ".py", CompileMode.Exec);
        var w = new StringWriter();
        Disassembler.Disassemble(code, w);
        var actual = Address().Replace(w.ToString(), "at 0x...");
        var expected = File.ReadAllText(Path.Combine(Dir, name + ".dis")).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
