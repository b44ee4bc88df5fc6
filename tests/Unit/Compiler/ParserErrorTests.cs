// SyntaxError messages and positions, as CPython 3.11 reports them. The expected values were printed
// by python3 (compile(src, "x.py", "exec") -> type(e).__name__, e.msg, e.lineno, e.offset,
// e.end_lineno, e.end_offset) and pasted here.
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Compiler.Parsing;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;

public class ParserErrorTests
{
    private static PySyntaxError Fail(string src)
    {
        var ex = Assert.Throws<PyException>(() => Parser.ParseModule(src, "x.py"));
        return Assert.IsType<PySyntaxError>(ex.Value);
    }

    [Theory]
    [InlineData("x = = 1", "SyntaxError", "invalid syntax", 1, 5, 1, 6)]
    [InlineData("if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5)]
    [InlineData("f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6)]
    [InlineData("[1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8)]
    [InlineData(" x = 1", "IndentationError", "unexpected indent", 1, 1, 1, -1)]
    [InlineData("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1)]
    [InlineData("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5)]
    [InlineData("def f():\nreturn 1", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7)]
    [InlineData("class A:\ndef f(): pass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 4)]
    [InlineData("for x in y:\nz", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2)]
    [InlineData("while x:\nz", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2)]
    [InlineData("try:\nx", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2)]
    [InlineData("with a:\nx", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2)]
    [InlineData("if x:\n    a\n        b", "IndentationError", "unexpected indent", 3, 8, 3, -1)]
    [InlineData("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5)]
    [InlineData("x = \"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5)]
    [InlineData("x = (1,", "SyntaxError", "'(' was never closed", 1, 5, 1, 0)]
    [InlineData("x = [1, 2\ny = 3", "SyntaxError", "'[' was never closed", 1, 5, 1, 0)]
    [InlineData("x = 1)", "SyntaxError", "unmatched ')'", 1, 6, 1, 6)]
    [InlineData("x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7)]
    [InlineData("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5)]
    [InlineData("1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2)]
    [InlineData("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4)]
    [InlineData("a + b = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6)]
    [InlineData("x = 1 € 2", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7)]
    [InlineData("print \"hello\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14)]
    [InlineData("f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6)]
    [InlineData("f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9)]
    [InlineData("f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5)]
    [InlineData("f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6)]
    [InlineData("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10)]
    [InlineData("f(**x, y)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10)]
    [InlineData("f(**x, *y)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9)]
    [InlineData("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13)]
    [InlineData("lambda x=1, y: x", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14)]
    [InlineData("x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6)]
    [InlineData("x = 0o78", "SyntaxError", "invalid digit '8' in octal literal", 1, 8, 1, 8)]
    [InlineData("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6)]
    [InlineData("x = 1_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6)]
    [InlineData("x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8)]
    [InlineData("x = b\"é\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 9)]
    [InlineData("x = b\"a\" \"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13)]
    [InlineData("def f(x):\n\tif x:\n        return 1", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0)]
    [InlineData("x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0)]
    [InlineData("for x+1 in y: pass", "SyntaxError", "cannot assign to expression", 1, 5, 1, 8)]
    [InlineData("del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8)]
    [InlineData("del x + 1", "SyntaxError", "cannot delete expression", 1, 5, 1, 10)]
    [InlineData("(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7)]
    [InlineData("a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2)]
    [InlineData("[a, b]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 7)]
    [InlineData("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15)]
    [InlineData("x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11)]
    [InlineData("True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5)]
    [InlineData("None += 1", "SyntaxError", "'None' is an illegal expression for augmented assignment", 1, 1, 1, 5)]
    [InlineData("f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8)]
    [InlineData("f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7)]
    [InlineData("x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10)]
    [InlineData("a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14)]
    [InlineData("[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15)]
    [InlineData("x := 3", "SyntaxError", "invalid syntax", 1, 3, 1, 5)]
    [InlineData("(a.b := 3)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5)]
    [InlineData("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8)]
    [InlineData("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13)]
    [InlineData("if x = 1:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9)]
    [InlineData("try:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, -1)]
    [InlineData("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 7)]
    [InlineData("match x:\n    case 1 + 1: pass", "SyntaxError", "imaginary number required in complex literal", 2, 14, 2, 15)]
    [InlineData("from . import *, a", "SyntaxError", "invalid syntax", 1, 16, 1, 17)]
    [InlineData("from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17)]
    [InlineData("import a.b as", "SyntaxError", "invalid syntax", 1, 14, 1, 14)]
    [InlineData("x = $", "SyntaxError", "invalid syntax", 1, 5, 1, 6)]
    [InlineData("(*a)", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4)]
    [InlineData("f(x for x in y) = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 16)]
    [InlineData("a = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6)]
    [InlineData("x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0)]
    [InlineData("except X:\n    pass", "SyntaxError", "invalid syntax", 1, 1, 1, 7)]
    [InlineData("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17)]
    [InlineData("def f(*, a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 13, 1, 14)]
    [InlineData("\"\\N{BOGUS}\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name", 1, 12, 1, 12)]
    [InlineData("x = \"\\x4\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10)]
    [InlineData("if True:\n    pass\n   else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, -1)]
    [InlineData("else:\n    pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5)]
    [InlineData("class C(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11, 1, 14)]
    [InlineData("x = [i for i in range(3)", "SyntaxError", "'[' was never closed", 1, 5, 1, 0)]
    [InlineData("print(f\"{x y}\")\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5)]
    public void MessageAndPosition(string src, string type, string msg, int line, int offset, int endLine, int endOffset)
    {
        var e = Fail(src);
        Assert.Equal($"{type}|{msg}|{line}|{offset}|{endLine}|{endOffset}",
            $"{e.Type.Name}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}");
    }
}
