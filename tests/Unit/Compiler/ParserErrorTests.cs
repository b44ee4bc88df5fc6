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
    [InlineData("x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6)]
    [InlineData("x = f() = 3", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8)]
    [InlineData("f() = x = 1", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4)]
    [InlineData("(1, f()) = 3", "SyntaxError", "cannot assign to literal", 1, 2, 1, 3)]
    [InlineData("[a, 1] = 3", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6)]
    [InlineData("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6)]
    [InlineData("for (a, b()) in c: pass", "SyntaxError", "cannot assign to function call", 1, 9, 1, 12)]
    [InlineData("with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12)]
    [InlineData("with a as (b, 1): pass", "SyntaxError", "cannot assign to literal", 1, 15, 1, 16)]
    [InlineData("[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9)]
    [InlineData("del *a", "SyntaxError", "cannot delete starred", 1, 5, 1, 7)]
    [InlineData("del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9, 1, 10)]
    [InlineData("a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5)]
    [InlineData("f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4)]
    [InlineData("(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7)]
    [InlineData("a = (*b)", "SyntaxError", "cannot use starred expression here", 1, 6, 1, 8)]
    [InlineData("f(*)", "SyntaxError", "invalid syntax", 1, 4, 1, 5)]
    [InlineData("f(**)", "SyntaxError", "invalid syntax", 1, 5, 1, 6)]
    [InlineData("f(a for a in b, c for c in d)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15)]
    [InlineData("def f(a, **b, c): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 15, 1, 16)]
    [InlineData("def f(a, *b, *c): pass", "SyntaxError", "* argument may appear only once", 1, 14, 1, 15)]
    [InlineData("def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8)]
    [InlineData("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17)]
    [InlineData("def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16)]
    [InlineData("def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10)]
    [InlineData("def f(**a=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10, 1, 11)]
    [InlineData("lambda *: 1", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10)]
    [InlineData("class C:\n    def f(self):\n        pass\n      x = 1", "IndentationError", "unindent does not match any outer indentation level", 4, 12, 4, -1)]
    [InlineData("if x:\n    pass\n elif y:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, -1)]
    [InlineData("def f():\n    \"\"\"doc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 2, 5, 2, 5)]
    [InlineData("x = \"abc\ny = 2", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5)]
    [InlineData("x = (", "SyntaxError", "'(' was never closed", 1, 5, 1, 0)]
    [InlineData("x = [1, 2, 3", "SyntaxError", "'[' was never closed", 1, 5, 1, 0)]
    [InlineData("x = {1: 2", "SyntaxError", "'{' was never closed", 1, 5, 1, 0)]
    [InlineData("foo(\n  a,\n  b", "SyntaxError", "'(' was never closed", 1, 4, 1, 0)]
    [InlineData("x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8)]
    [InlineData("x = 1 + * 2", "SyntaxError", "invalid syntax", 1, 9, 1, 10)]
    [InlineData("if x == 1\n    pass", "SyntaxError", "expected ':'", 1, 10, 1, 10)]
    [InlineData("while x\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 8)]
    [InlineData("for x in y\n    pass", "SyntaxError", "expected ':'", 1, 11, 1, 11)]
    [InlineData("def f()\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 8)]
    [InlineData("class C\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 8)]
    [InlineData("else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5)]
    [InlineData("try: pass\nfinally: pass\nelse: pass", "SyntaxError", "invalid syntax", 3, 1, 3, 5)]
    [InlineData("x = 1 if y else", "SyntaxError", "invalid syntax", 1, 16, 1, 16)]
    [InlineData("import", "SyntaxError", "invalid syntax", 1, 7, 1, 7)]
    [InlineData("from x import", "SyntaxError", "invalid syntax", 1, 14, 1, 14)]
    [InlineData("from x import (a, b", "SyntaxError", "'(' was never closed", 1, 15, 1, 0)]
    [InlineData("from x import a as", "SyntaxError", "invalid syntax", 1, 19, 1, 19)]
    [InlineData("a b c", "SyntaxError", "invalid syntax", 1, 3, 1, 4)]
    [InlineData("print \"a\", \"b\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 15)]
    [InlineData("exec \"code\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 12)]
    [InlineData("f(x y z)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6)]
    [InlineData("[x y for x in y]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5)]
    [InlineData("{a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5)]
    [InlineData("(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5)]
    [InlineData("x = 1 2", "SyntaxError", "invalid syntax", 1, 7, 1, 8)]
    [InlineData("def f(x y): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10)]
    [InlineData("a = 1; ; b = 2", "SyntaxError", "invalid syntax", 1, 8, 1, 9)]
    [InlineData("return x x", "SyntaxError", "invalid syntax", 1, 10, 1, 11)]
    [InlineData("x = f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12, 1, 12)]
    [InlineData("x = f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19)]
    [InlineData("x = f\"{x=!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 14)]
    [InlineData("x = f\"{a b}\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5)]
    [InlineData("x = f\"{)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 11, 1, 11)]
    [InlineData("x = f\"{(}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 11, 1, 11)]
    [InlineData("x = f\"{x!r=}\"", "SyntaxError", "f-string: expecting '}'", 1, 14, 1, 14)]
    [InlineData("x = \"\\U0011FFFF\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17)]
    [InlineData("async = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8)]
    [InlineData("await = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8)]
    [InlineData("x = 08", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6)]
    [InlineData("x = 1__", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6)]
    [InlineData("x = 0x1_", "SyntaxError", "invalid hexadecimal literal", 1, 8, 1, 8)]
    [InlineData("x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8, 1, 10)]
    [InlineData("x = not", "SyntaxError", "invalid syntax", 1, 8, 1, 8)]
    [InlineData("x = a[]", "SyntaxError", "invalid syntax", 1, 7, 1, 8)]
    [InlineData("x = a[1:2:3:4]", "SyntaxError", "invalid syntax", 1, 12, 1, 13)]
    [InlineData("a.1", "SyntaxError", "invalid syntax", 1, 2, 1, 4)]
    [InlineData("@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 2, 1, 2)]
    [InlineData("global", "SyntaxError", "invalid syntax", 1, 7, 1, 7)]
    [InlineData("assert", "SyntaxError", "invalid syntax", 1, 7, 1, 7)]
    [InlineData("match x:\n    case 1:\n        pass\n    case y if y > 2:\n        pass\n    case {**rest, \"a\": 1}:\n        pass", "SyntaxError", "invalid syntax", 6, 19, 6, 22)]
    [InlineData("match x:\n    case a.b(c=1, 2):\n        pass", "SyntaxError", "positional patterns follow keyword patterns", 2, 19, 2, 20)]
    [InlineData("match x:\n    case 1 as _:\n        pass", "SyntaxError", "cannot use '_' as a target", 2, 15, 2, 16)]
    [InlineData("match x:\n    case {1: _, **_}:\n        pass", "SyntaxError", "invalid syntax", 2, 19, 2, 20)]
    [InlineData("match x:\ncase 1: pass", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5)]
    [InlineData("x = ''' a\nb ''' '''", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 2, 7, 2, 7)]
    [InlineData("if 1:\n  x = 1\n    y = 2", "IndentationError", "unexpected indent", 3, 4, 3, -1)]
    [InlineData("def f():\n    x = 1\n   y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, -1)]
    [InlineData("x = (1 for)", "SyntaxError", "invalid syntax", 1, 11, 1, 12)]
    [InlineData("x = [1 for x in]", "SyntaxError", "invalid syntax", 1, 16, 1, 17)]
    [InlineData("x = {**}", "SyntaxError", "invalid syntax", 1, 8, 1, 9)]
    [InlineData("x = a.", "SyntaxError", "invalid syntax", 1, 7, 1, 7)]
    [InlineData("x = a..b", "SyntaxError", "invalid syntax", 1, 7, 1, 8)]
    [InlineData("x = 1 + (2", "SyntaxError", "'(' was never closed", 1, 9, 1, 0)]
    [InlineData("x = ((((1)))", "SyntaxError", "'(' was never closed", 1, 5, 1, 0)]
    [InlineData("x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5)]
    [InlineData("x = ]", "SyntaxError", "unmatched ']'", 1, 5, 1, 5)]
    [InlineData("x = }", "SyntaxError", "unmatched '}'", 1, 5, 1, 5)]
    [InlineData("x = 'a' 'b", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9, 1, 9)]
    [InlineData("x = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1)]
    [InlineData("f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9)]
    public void MessageAndPosition(string src, string type, string msg, int line, int offset, int endLine, int endOffset)
    {
        var e = Fail(src);
        Assert.Equal($"{type}|{msg}|{line}|{offset}|{endLine}|{endOffset}",
            $"{e.Type.Name}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}");
    }

    /// <summary>Near misses that python3 compiles without error.</summary>
    [Theory]
    [InlineData("a.b, c[0], *d = e")]
    [InlineData("lambda: (yield)")]
    [InlineData("print(*a, sep=\"\")")]
    [InlineData("*a, = 1")]
    [InlineData("def f(a, *, b): pass")]
    [InlineData("x = f\"{x:}\"")]
    [InlineData("x = f'{\"a\"}'")]
    [InlineData("x = f\"{'''x'''}\"")]
    [InlineData("x = u\"\\N{LATIN SMALL LETTER A}\"")]
    [InlineData("x = b\"\\u1234\"")]
    [InlineData("x = \"\\777\"")]
    [InlineData("x = 00")]
    [InlineData("x = 0_0")]
    [InlineData("x = 0x_1")]
    [InlineData("x = 1if 1else 2")]
    [InlineData("x = 0b1if 1 else 2")]
    [InlineData("x = 1 not in 2 is not 3")]
    [InlineData("match x:\n    case f(x):\n        pass\n    case x.y as z:\n        pass\n    case [1, 2] | [3]:\n        pass\n    case -1j:\n        pass\n    case 1 - 2j:\n        pass")]
    [InlineData("x = .5.a")]
    [InlineData(" \nx = 1")]
    [InlineData("x = \\\n1")]
    [InlineData("def f(): x = 1; return x")]
    [InlineData("class C(metaclass=M, *bases): pass")]
    [InlineData("f(a, *b, c, **d, e=1)")]
    [InlineData("f(**a, b=1)")]
    [InlineData("f(a=1, *b)\n")]
    public void ValidSourcesParse(string src) => Parser.ParseModule(src, "x.py");
}

/// <summary>Developer tool: GILRUN_ERROR_CASES=FILE (JSON lines [src, type, msg, line, offset, endLine,
/// endOffset] as printed by python3) compares every case and writes the mismatches to FILE.out.</summary>
public class ParserErrorCaseFile
{
    [Fact]
    public void CompareCaseFile()
    {
        var file = Environment.GetEnvironmentVariable("GILRUN_ERROR_CASES");
        if (file is null || !File.Exists(file)) return;
        var sb = new System.Text.StringBuilder();
        int bad = 0, n = 0;
        foreach (var line in File.ReadAllLines(file))
        {
            if (line.StartsWith("OK")) continue;
            var a = System.Text.Json.JsonDocument.Parse(line).RootElement;
            string src = a[0].GetString()!;
            string expected = $"{a[1].GetString()}|{a[2].GetString()}|{a[3]}|{a[4]}|{a[5]}|{a[6]}";
            string actual;
            try
            {
                Parser.ParseModule(src, "x.py");
                actual = "OK";
            }
            catch (PyException e) when (e.Value is PySyntaxError se)
            {
                actual = $"{se.Type.Name}|{se.Msg}|{se.Lineno}|{se.Offset}|{se.EndLineno}|{se.EndOffset}";
            }
            catch (Exception e) { actual = "CRASH " + e.GetType().Name + ": " + e.Message; }
            n++;
            if (actual != expected) { bad++; sb.AppendLine(System.Text.Json.JsonSerializer.Serialize(src)).AppendLine("  exp " + expected).AppendLine("  got " + actual); }
        }
        File.WriteAllText(file + ".out", $"{bad} of {n} differ\n" + sb);
    }
}
