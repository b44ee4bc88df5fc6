// The disassembler prints what `python3.11 -m dis` prints: column layout, line starts, `>>` marks on
// jump targets and handlers, argument resolutions, the exception table.
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Objects;
using Xunit;

public class DisassemblerTests
{
    private static string Dis(string source)
    {
        var w = new StringWriter();
        Disassembler.Disassemble(PythonCompiler.Compile(source, "x.py", CompileMode.Exec), w);
        return w.ToString();
    }

    [Fact]
    public void ModuleLayoutMatchesCPython()
    {
        // byte for byte what python3.11 -m dis prints for this program (none of these has a CACHE)
        Assert.Equal(
            "  0           0 RESUME                   0\n" +
            "\n" +
            "  1           2 LOAD_CONST               0 (1)\n" +
            "              4 STORE_NAME               0 (x)\n" +
            "\n" +
            "  2           6 LOAD_NAME                0 (x)\n" +
            "              8 STORE_NAME               1 (y)\n" +
            "             10 LOAD_CONST               1 (None)\n" +
            "             12 RETURN_VALUE\n",
            Dis("x = 1\ny = x\n"));
    }

    [Fact]
    public void JumpTargetsAndResolutions()
    {
        var text = Dis("def f(x):\n    while x:\n        print(x)\n");
        Assert.Contains("POP_JUMP_FORWARD_IF_FALSE", text);
        Assert.Contains("LOAD_GLOBAL              1 (NULL + print)", text);
        Assert.Matches(@"POP_JUMP_BACKWARD_IF_TRUE\s+\d+ \(to \d+\)", text);
        Assert.Contains(">>", text);
    }

    [Fact]
    public void ExceptionTableSection()
    {
        var text = Dis("try:\n    f()\nexcept E:\n    pass\n");
        Assert.Contains("ExceptionTable:\n  4 to 10 -> 16 [0]\n  16 to 24 -> 34 [1] lasti\n  32 to 32 -> 34 [1] lasti\n", text);
    }

    [Fact]
    public void NestedCodeObjectsFollowTheirParent()
    {
        var text = Dis("def f():\n    return 1\n");
        Assert.Matches("\nDisassembly of <code object f at 0x[0-9a-f]+, file \"x.py\", line 1>:\n  1           0 RESUME", text);
    }

    [Fact]
    public void ExtendedArgIsPrintedAndFolded()
    {
        var src = string.Concat(Enumerable.Range(0, 300).Select(i => $"v{i} = {i}\n"));
        var text = Dis(src);
        Assert.Contains("EXTENDED_ARG             1", text);
        Assert.Contains("STORE_NAME             299 (v299)", text);
    }

    [Fact]
    public void FormatValueAndMakeFunctionFlags()
    {
        var text = Dis("def f(a=1, *, b=2): pass\ns = f'{a!r:>3}'\n");
        Assert.Contains("MAKE_FUNCTION            3 (defaults, kwdefaults)", text);
        Assert.Contains("FORMAT_VALUE             6 (repr, with format)", text);
    }
}
