// Parser tests: AST shapes and positions, compared with CPython 3.11's ast (the expected dumps were
// printed by scripts/parse-stdlib/astdump.py, which renders CPython's ast in ParserAstDump's form).
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Parsing;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;

public partial class ParserTests
{
    private static string Dump(string src) => ParserAstDump.Dump(Parser.ParseModule(src, "x.py"));

    [Fact]
    public void SimpleAssignment()
    {
        var m = Parser.ParseModule("x = 1\n", "x.py");
        var a = Assert.IsType<Assign>(Assert.Single(m.Body));
        var n = Assert.IsType<Name>(Assert.Single(a.Targets));
        Assert.Equal("x", n.Id);
        Assert.Equal(ExprContext.Store, n.Ctx);
        Assert.Equal(1L, Assert.IsType<PyInt>(Assert.IsType<Constant>(a.Value).Value).Value);
        Assert.Equal((1, 0, 1, 5), (a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset));
    }
}
