// Tokenizer tests. The expected token streams were printed by python3's tokenize module (NL and
// COMMENT dropped, as our tokenizer does not produce them; NEWLINE shown zero-width like CPython's
// C tokenizer; keywords shown as KW; positions of the end-of-file DEDENT/ENDMARKER left out).
namespace GilRuntime.Unit.Compiler;

using System.Text;
using GilRuntime.Core.Compiler.Parsing;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;

public class TokenizerTests
{
    private static readonly Dictionary<TokenKind, string> s_names = new()
    {
        [TokenKind.EndMarker] = "ENDMARKER", [TokenKind.Name] = "NAME", [TokenKind.Number] = "NUMBER",
        [TokenKind.String] = "STRING", [TokenKind.Newline] = "NEWLINE", [TokenKind.Indent] = "INDENT",
        [TokenKind.Dedent] = "DEDENT", [TokenKind.LPar] = "LPAR", [TokenKind.RPar] = "RPAR", [TokenKind.LSqb] = "LSQB",
        [TokenKind.RSqb] = "RSQB", [TokenKind.LBrace] = "LBRACE", [TokenKind.RBrace] = "RBRACE", [TokenKind.Colon] = "COLON",
        [TokenKind.Comma] = "COMMA", [TokenKind.Semi] = "SEMI", [TokenKind.Dot] = "DOT", [TokenKind.Ellipsis] = "ELLIPSIS",
        [TokenKind.RArrow] = "RARROW", [TokenKind.ColonEqual] = "COLONEQUAL", [TokenKind.At] = "AT", [TokenKind.Plus] = "PLUS",
        [TokenKind.Minus] = "MINUS", [TokenKind.Star] = "STAR", [TokenKind.Slash] = "SLASH", [TokenKind.DoubleSlash] = "DOUBLESLASH",
        [TokenKind.Percent] = "PERCENT", [TokenKind.DoubleStar] = "DOUBLESTAR", [TokenKind.VBar] = "VBAR", [TokenKind.Amper] = "AMPER",
        [TokenKind.Circumflex] = "CIRCUMFLEX", [TokenKind.Tilde] = "TILDE", [TokenKind.LeftShift] = "LEFTSHIFT",
        [TokenKind.RightShift] = "RIGHTSHIFT", [TokenKind.Less] = "LESS", [TokenKind.Greater] = "GREATER", [TokenKind.Equal] = "EQUAL",
        [TokenKind.EqEqual] = "EQEQUAL", [TokenKind.NotEqual] = "NOTEQUAL", [TokenKind.LessEqual] = "LESSEQUAL",
        [TokenKind.GreaterEqual] = "GREATEREQUAL", [TokenKind.PlusEqual] = "PLUSEQUAL", [TokenKind.MinEqual] = "MINEQUAL",
        [TokenKind.StarEqual] = "STAREQUAL", [TokenKind.SlashEqual] = "SLASHEQUAL", [TokenKind.DoubleSlashEqual] = "DOUBLESLASHEQUAL",
        [TokenKind.PercentEqual] = "PERCENTEQUAL", [TokenKind.DoubleStarEqual] = "DOUBLESTAREQUAL", [TokenKind.AmperEqual] = "AMPEREQUAL",
        [TokenKind.VBarEqual] = "VBAREQUAL", [TokenKind.CircumflexEqual] = "CIRCUMFLEXEQUAL", [TokenKind.LeftShiftEqual] = "LEFTSHIFTEQUAL",
        [TokenKind.RightShiftEqual] = "RIGHTSHIFTEQUAL", [TokenKind.AtEqual] = "ATEQUAL",
    };

    private static string Render(string src)
    {
        var toks = Parser.Tokenize(src, "x.py");
        int lines = src.Split('\n').Length;
        var parts = new List<string>();
        foreach (var t in toks)
        {
            string name = t.IsKeyword ? "KW" : s_names[t.Kind];
            string text = t.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String || t.IsKeyword ? t.Text! : "";
            bool eof = t.Kind == TokenKind.EndMarker || (t.Kind == TokenKind.Dedent && (t.Line > lines || t.Line == lines && t.Col == src.Length - src.LastIndexOf('\n') - 1 && t.Col > 0));
            parts.Add(eof ? $"{name} {text}" : $"{name} {text} {t.Line}:{t.Col}-{t.EndLine}:{t.EndCol}");
        }
        return string.Join(" | ", parts);
    }

    [Theory]
    [InlineData("x = 1",
        "NAME x 1:0-1:1 | EQUAL  1:2-1:3 | NUMBER 1 1:4-1:5 | NEWLINE  1:5-1:5 | ENDMARKER ")]
    [InlineData("if a:\n    b = (1,\n         2)\nelse:\n\tc",
        "KW if 1:0-1:2 | NAME a 1:3-1:4 | COLON  1:4-1:5 | NEWLINE  1:5-1:5 | INDENT  2:0-2:4 | NAME b 2:4-2:5 | EQUAL  2:6-2:7 | LPAR  2:8-2:9 | NUMBER 1 2:9-2:10 | COMMA  2:10-2:11 | NUMBER 2 3:9-3:10 | RPAR  3:10-3:11 | NEWLINE  3:11-3:11 | DEDENT  4:0-4:0 | KW else 4:0-4:4 | COLON  4:4-4:5 | NEWLINE  4:5-4:5 | INDENT  5:0-5:1 | NAME c 5:1-5:2 | NEWLINE  5:2-5:2 | DEDENT  | ENDMARKER ")]
    [InlineData("def f(a, *, b=2) -> None: ...",
        "KW def 1:0-1:3 | NAME f 1:4-1:5 | LPAR  1:5-1:6 | NAME a 1:6-1:7 | COMMA  1:7-1:8 | STAR  1:9-1:10 | COMMA  1:10-1:11 | NAME b 1:12-1:13 | EQUAL  1:13-1:14 | NUMBER 2 1:14-1:15 | RPAR  1:15-1:16 | RARROW  1:17-1:19 | KW None 1:20-1:24 | COLON  1:24-1:25 | ELLIPSIS  1:26-1:29 | NEWLINE  1:29-1:29 | ENDMARKER ")]
    [InlineData("x = 0xFF + 0o7 + 0b1 + 1_000 + 1.5e-3 + 2j + .5 + 5.",
        "NAME x 1:0-1:1 | EQUAL  1:2-1:3 | NUMBER 0xFF 1:4-1:8 | PLUS  1:9-1:10 | NUMBER 0o7 1:11-1:14 | PLUS  1:15-1:16 | NUMBER 0b1 1:17-1:20 | PLUS  1:21-1:22 | NUMBER 1_000 1:23-1:28 | PLUS  1:29-1:30 | NUMBER 1.5e-3 1:31-1:37 | PLUS  1:38-1:39 | NUMBER 2j 1:40-1:42 | PLUS  1:43-1:44 | NUMBER .5 1:45-1:47 | PLUS  1:48-1:49 | NUMBER 5. 1:50-1:52 | NEWLINE  1:52-1:52 | ENDMARKER ")]
    [InlineData("s = rb'a' F\"{x!r}\" u'b' '''c\nd''' Rb\"e\"",
        "NAME s 1:0-1:1 | EQUAL  1:2-1:3 | STRING rb'a' 1:4-1:9 | STRING F\"{x!r}\" 1:10-1:18 | STRING u'b' 1:19-1:23 | STRING '''c\nd''' 1:24-2:4 | STRING Rb\"e\" 2:5-2:10 | NEWLINE  2:10-2:10 | ENDMARKER ")]
    [InlineData("a @= b ** c // d >> e << f != g <= h >= i := j",
        "NAME a 1:0-1:1 | ATEQUAL  1:2-1:4 | NAME b 1:5-1:6 | DOUBLESTAR  1:7-1:9 | NAME c 1:10-1:11 | DOUBLESLASH  1:12-1:14 | NAME d 1:15-1:16 | RIGHTSHIFT  1:17-1:19 | NAME e 1:20-1:21 | LEFTSHIFT  1:22-1:24 | NAME f 1:25-1:26 | NOTEQUAL  1:27-1:29 | NAME g 1:30-1:31 | LESSEQUAL  1:32-1:34 | NAME h 1:35-1:36 | GREATEREQUAL  1:37-1:39 | NAME i 1:40-1:41 | COLONEQUAL  1:42-1:44 | NAME j 1:45-1:46 | NEWLINE  1:46-1:46 | ENDMARKER ")]
    [InlineData("x = 1 \\\n    + 2",
        "NAME x 1:0-1:1 | EQUAL  1:2-1:3 | NUMBER 1 1:4-1:5 | PLUS  2:4-2:5 | NUMBER 2 2:6-2:7 | NEWLINE  2:7-2:7 | ENDMARKER ")]
    [InlineData("λ = ñ + 1",
        "NAME λ 1:0-1:1 | EQUAL  1:2-1:3 | NAME ñ 1:4-1:5 | PLUS  1:6-1:7 | NUMBER 1 1:8-1:9 | NEWLINE  1:9-1:9 | ENDMARKER ")]
    [InlineData("if 1else 2\n",
        "KW if 1:0-1:2 | NUMBER 1 1:3-1:4 | KW else 1:4-1:8 | NUMBER 2 1:9-1:10 | NEWLINE  1:10-1:10 | ENDMARKER ")]
    public void TokensMatchCPython(string src, string expected) => Assert.Equal(expected, Render(src));

    [Theory]
    [InlineData("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = \"\"\"abc\n\ny", "unterminated triple-quoted string literal (detected at line 3)", 1, 5)]
    [InlineData("x = 1)", "unmatched ')'", 1, 6)]
    [InlineData("(\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1)]
    [InlineData("x = 0b2", "invalid digit '2' in binary literal", 1, 7)]
    [InlineData("x = 1e+", "invalid decimal literal", 1, 7)]
    [InlineData("x = 1e", "invalid decimal literal", 1, 5)]
    [InlineData("x = 1__2", "invalid decimal literal", 1, 6)]
    [InlineData("a\u00A0= 1", "invalid non-printable character U+00A0", 1, 2)]
    [InlineData("x = ?", "invalid syntax", 1, 5)]
    public void TokenizerErrors(string src, string msg, int line, int offset)
    {
        // Expected values printed by python3: compile(src, "x.py", "exec") -> e.msg, e.lineno, e.offset.
        var ex = Assert.Throws<PyException>(() => Parser.Tokenize(src, "x.py"));
        var e = Assert.IsType<PySyntaxError>(ex.Value);
        Assert.Equal((msg, line, offset), (e.Msg, e.Lineno, e.Offset));
    }

    [Fact]
    public void TabsFollowCPythonRules()
    {
        // A tab advances to the next multiple of 8; mixing that is ambiguous is a TabError.
        Parser.ParseModule("if x:\n\tif y:\n\t\tpass\n", "x.py");
        // python3 reports TabError for both of these (line 3, offset 1).
        foreach (var src in new[] { "if x:\n        a\n\tb\n", "if x:\n    \ta\n\t    b\n" })
        {
            var ex = Assert.Throws<PyException>(() => Parser.ParseModule(src, "x.py"));
            Assert.Equal("TabError", ex.Value.Type.Name);
            Assert.Equal((3, 1), (((PySyntaxError)ex.Value).Lineno, ((PySyntaxError)ex.Value).Offset));
        }
    }
}
