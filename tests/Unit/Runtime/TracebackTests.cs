// Uncaught-exception reports compared with what python3 prints for the same program (hard-coded
// below; the code objects are assembled with the positions CPython 3.11 gives those programs).
namespace GilRuntime.Unit.Runtime;

using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class TracebackTests : VmTestBase
{
    private static string WriteSource(string name, string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gilrun-tb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void NestedCallsWithCarets()
    {
        var path = WriteSource("prog.py", "def g(x):\n    raise ValueError(\"bad\")\n\ndef f():\n    return g(\"y\") + 1\nf()\n");
        var g = new CodeBuilder { Name = "g", VarNames = ["x"], ArgCount = 1, FileName = path };
        g.At(1, 0, 0).Op(OpCode.RESUME)
         .At(2, 10, 20).LoadGlobal("ValueError", pushNull: true).At(2, 21, 26).LoadConst(PyStr.From("bad"))
         .At(2, 10, 27).Op(OpCode.CALL, 1).At(2, 4, 27).Op(OpCode.RAISE_VARARGS, 1);
        var f = new CodeBuilder { Name = "f", FileName = path };
        f.At(4, 0, 0).Op(OpCode.RESUME)
         .At(5, 11, 12).LoadGlobal("g", pushNull: true).At(5, 13, 16).LoadConst(PyStr.From("y"))
         .At(5, 11, 17).Op(OpCode.CALL, 1).At(5, 20, 21).LoadConst(PyInt.From(1))
         .At(5, 11, 21).Op(OpCode.BINARY_OP, 0).At(5, 4, 21).Op(OpCode.RETURN_VALUE);
        var m = new CodeBuilder { Name = "<module>", Flags = CodeFlags.None, FileName = path };
        m.At(1, 0, 32, 2).LoadConst(g.Build()).Op(OpCode.MAKE_FUNCTION, 0).Op(OpCode.STORE_NAME, m.Name_("g"))
         .At(4, 0, 21, 5).LoadConst(f.Build()).Op(OpCode.MAKE_FUNCTION, 0).Op(OpCode.STORE_NAME, m.Name_("f"))
         .At(6, 0, 1).Op(OpCode.PUSH_NULL).Op(OpCode.LOAD_NAME, m.Name_("f"))
         .At(6, 0, 3).Op(OpCode.CALL, 0).Op(OpCode.POP_TOP).LoadConst(Py.None).Op(OpCode.RETURN_VALUE);
        var e = Raises(() => Run(m.Build()));
        var expected =
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 6, in <module>\n" +
            "    f()\n" +
            $"  File \"{path}\", line 5, in f\n" +
            "    return g(\"y\") + 1\n" +
            "           ^^^^^^\n" +
            $"  File \"{path}\", line 2, in g\n" +
            "    raise ValueError(\"bad\")\n" +
            "ValueError: bad\n";
        Assert.Equal(expected, TracebackPrinter.Format(e.Value));
    }

    [Fact]
    public void ImplicitChainIsPrintedBeforeTheNewException()
    {
        var path = WriteSource("chain.py",
            "def f():\n    try:\n        raise TypeError(\"k\")\n    except TypeError:\n        raise ValueError(\"v\")\nf()\n");
        var f = new CodeBuilder { Name = "f", FileName = path };
        f.At(1, 0, 0).Op(OpCode.RESUME).At(2, 4, 29).Op(OpCode.NOP)
         .Label("try").At(3, 14, 23).LoadGlobal("TypeError", pushNull: true).At(3, 24, 27).LoadConst(PyStr.From("k"))
         .At(3, 14, 28).Op(OpCode.CALL, 1).At(3, 8, 28).Op(OpCode.RAISE_VARARGS, 1)
         .Label("handler").At(0, 0, 0).Op(OpCode.PUSH_EXC_INFO)
         .At(4, 11, 20).LoadGlobal("TypeError").At(4, 4, 29).Op(OpCode.CHECK_EXC_MATCH)
         .Jump(OpCode.POP_JUMP_FORWARD_IF_FALSE, "reraise").Op(OpCode.POP_TOP)
         .At(5, 14, 24).LoadGlobal("ValueError", pushNull: true).At(5, 25, 28).LoadConst(PyStr.From("v"))
         .At(5, 14, 29).Op(OpCode.CALL, 1).At(5, 8, 29).Op(OpCode.RAISE_VARARGS, 1)
         .Label("reraise").At(4, 4, 29).Op(OpCode.RERAISE, 0)
         .Label("cleanup").At(0, 0, 0).Op(OpCode.COPY, 3).Op(OpCode.POP_EXCEPT).Op(OpCode.RERAISE, 1)
         .Handler("try", "handler", "handler", 0)
         .Handler("handler", "cleanup", "cleanup", 1, lasti: true);
        var m = new CodeBuilder { Name = "<module>", Flags = CodeFlags.None, FileName = path };
        m.At(1, 0, 29, 5).LoadConst(f.Build()).Op(OpCode.MAKE_FUNCTION, 0).Op(OpCode.STORE_NAME, m.Name_("f"))
         .At(6, 0, 1).Op(OpCode.PUSH_NULL).Op(OpCode.LOAD_NAME, m.Name_("f"))
         .At(6, 0, 3).Op(OpCode.CALL, 0).Op(OpCode.POP_TOP).LoadConst(Py.None).Op(OpCode.RETURN_VALUE);
        var e = Raises(() => Run(m.Build()));
        var expected =
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 3, in f\n" +
            "    raise TypeError(\"k\")\n" +
            "TypeError: k\n" +
            "\n" +
            "During handling of the above exception, another exception occurred:\n" +
            "\n" +
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 6, in <module>\n" +
            "    f()\n" +
            $"  File \"{path}\", line 5, in f\n" +
            "    raise ValueError(\"v\")\n" +
            "ValueError: v\n";
        Assert.Equal(expected, TracebackPrinter.Format(e.Value));
        Assert.Null(Interp.MainThread.HandledException);
    }

    [Fact]
    public void DirectCauseHeader()
    {
        var cause = PyErr.TypeError("k").Value;
        var exc = PyErr.ValueError("v").Value;
        exc.Cause = cause;
        exc.SuppressContext = true;
        Assert.Equal("TypeError: k\n\nThe above exception was the direct cause of the following exception:\n\nValueError: v\n",
            TracebackPrinter.Format(exc));
    }

    [Theory]
    // line, start column, end column, expected caret line (from python3 3.11.7 tracebacks)
    [InlineData("    x = a / b", 8, 13, "    ~~^~~")]
    [InlineData("    return a[b] + 1", 11, 15, "    ~^^^")]
    [InlineData("    return a // b + 1", 11, 17, "    ~~^^~~")]
    [InlineData("    return f(a) / (g(b) - 0)", 11, 28, "    ~~~~~^~~~~~~~~~~~")]
    [InlineData("    print(1 / 0)", 10, 15, "    ~~^~~")]
    [InlineData("    return g(\"y\") + 1", 11, 17, "    ^^^^^^")]
    [InlineData("    d['k']['j']", 4, 15, "    ~~~~~~^^^^^")]
    public void CaretLines(string line, int start, int end, string expected)
    {
        var sb = new StringBuilder();
        TracebackPrinter.AppendCarets(sb, line, start, end, line.Trim().Length);
        // carets start at the column: prepend the source offset CPython adds
        var want = "    " + new string(' ', start - 4) + expected[4..] + "\n";
        Assert.Equal(want, sb.ToString());
    }

    [Fact]
    public void WholeLineSpanHasNoCarets()
    {
        var sb = new StringBuilder();
        TracebackPrinter.AppendCarets(sb, "    foo(1)", 4, 10, 6);
        Assert.Equal("", sb.ToString());
    }

    [Fact]
    public void RecursionIsFolded()
    {
        var path = WriteSource("r.py", "def f(n):\n    return f(n+1)\nf(0)\n");
        var frameCode = new CodeBuilder { Name = "f", VarNames = ["n"], ArgCount = 1, FileName = path };
        frameCode.At(2, 11, 17).Op(OpCode.NOP);
        var fcode = frameCode.Build();
        var modBuilder = new CodeBuilder { Name = "<module>", Flags = CodeFlags.None, FileName = path };
        modBuilder.At(3, 0, 4).Op(OpCode.NOP);
        var mcode = modBuilder.Build();
        PyTraceback? tb = null;
        for (int i = 0; i < 999; i++) tb = new PyTraceback(tb, new Frame(fcode, Globals, Interp.Builtins, null), 0);
        tb = new PyTraceback(tb, new Frame(mcode, Globals, Interp.Builtins, Globals), 0);
        var exc = PyErr.RecursionError("maximum recursion depth exceeded").Value;
        exc.Traceback = tb;
        var entry = $"  File \"{path}\", line 2, in f\n    return f(n+1)\n           ^^^^^^\n";
        var expected = "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 3, in <module>\n    f(0)\n" +
            entry + entry + entry +
            "  [Previous line repeated 996 more times]\n" +
            "RecursionError: maximum recursion depth exceeded\n";
        Assert.Equal(expected, TracebackPrinter.Format(exc));
    }
}
