// Parser tests: AST shapes and positions, compared with CPython 3.11's ast. The expected dumps were
// printed by python3 through scripts/parse-stdlib/astdump.py (CPython's ast rendered in the form of
// ParserAstDump: fields in our record order, ctx, @line:col-endline:endcol; strings and identifiers
// as UTF-16 hex, floats as their bits) and pasted here.
namespace GilRuntime.Unit.Compiler;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Parsing;
using GilRuntime.Core.Objects;
using Xunit;
using Assert = Xunit.Assert;

public class ParserTests
{
    private static string Dump(string src) => ParserAstDump.Dump(Parser.ParseModule(src, "x.py"));

    [Theory]
    [InlineData("x = 1",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],Constant(i1,null)@1:4-1:5)@1:0-1:5])")]
    [InlineData("a = b = c",
        "Module([Assign([Name(s6100;Store)@1:0-1:1,Name(s6200;Store)@1:4-1:5],Name(s6300;Load)@1:8-1:9)@1:0-1:9])")]
    [InlineData("a, *b = c",
        "Module([Assign([Tuple([Name(s6100;Store)@1:0-1:1,Starred(Name(s6200;Store)@1:4-1:5;Store)@1:3-1:5];Store)@1:0-1:5],Name(s6300;Load)@1:8-1:9)@1:0-1:9])")]
    [InlineData("[a, (b, c)] = d",
        "Module([Assign([List([Name(s6100;Store)@1:1-1:2,Tuple([Name(s6200;Store)@1:5-1:6,Name(s6300;Store)@1:8-1:9];Store)@1:4-1:10];Store)@1:0-1:11],Name(s6400;Load)@1:14-1:15)@1:0-1:15])")]
    [InlineData("x.y[0] += 1",
        "Module([AugAssign(Subscript(Attribute(Name(s7800;Load)@1:0-1:1,s7900;Load)@1:0-1:3,Constant(i0,null)@1:4-1:5;Store)@1:0-1:6,Add,Constant(i1,null)@1:10-1:11)@1:0-1:11])")]
    [InlineData("x: int = 5",
        "Module([AnnAssign(Name(s7800;Store)@1:0-1:1,Name(s69006e007400;Load)@1:3-1:6,Constant(i5,null)@1:9-1:10,True)@1:0-1:10])")]
    [InlineData("(x): int",
        "Module([AnnAssign(Name(s7800;Store)@1:1-1:2,Name(s69006e007400;Load)@1:5-1:8,null,False)@1:0-1:8])")]
    [InlineData("a.b: 'T'",
        "Module([AnnAssign(Attribute(Name(s6100;Load)@1:0-1:1,s6200;Store)@1:0-1:3,Constant(u5400,null)@1:5-1:8,null,False)@1:0-1:8])")]
    [InlineData("del a, b[1], (c, d)",
        "Module([Delete([Name(s6100;Del)@1:4-1:5,Subscript(Name(s6200;Load)@1:7-1:8,Constant(i1,null)@1:9-1:10;Del)@1:7-1:11,Tuple([Name(s6300;Del)@1:14-1:15,Name(s6400;Del)@1:17-1:18];Del)@1:13-1:19])@1:0-1:19])")]
    [InlineData("pass; break; continue",
        "Module([Pass()@1:0-1:4,Break()@1:6-1:11,Continue()@1:13-1:21])")]
    [InlineData("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a",
        "Module([FunctionDef(s6600,Arguments([Arg(s6100,null)@1:6-1:7,Arg(s6200,null)@1:9-1:10],[Arg(s6300,null)@1:17-1:18],Arg(s6100720067007300,null)@1:23-1:27,[Arg(s6400,null)@1:29-1:30,Arg(s6500,null)@1:32-1:33],[null,Constant(i3,null)@1:34-1:35],Arg(s6b007700,null)@1:39-1:41,[Constant(i1,null)@1:11-1:12,Constant(i2,null)@1:19-1:20]),[Return(Name(s6100;Load)@2:11-2:12)@2:4-2:12],[],Name(s69006e007400;Load)@1:46-1:49,False)@1:0-2:12])")]
    [InlineData("async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass\n    return [i async for i in y]",
        "Module([FunctionDef(s6600,Arguments([],[],null,[],[],null,[]),[ExprStmt(Await(Name(s7800;Load)@2:10-2:11)@2:4-2:11)@2:4-2:11,For(Name(s6100;Store)@3:14-3:15,Name(s6200;Load)@3:19-3:20,[Pass()@3:22-3:26],[],True)@3:4-3:26,With([WithItem(Name(s6300;Load)@4:15-4:16,Name(s6400;Store)@4:20-4:21),WithItem(Name(s6500;Load)@4:23-4:24,null)],[Pass()@4:26-4:30],True)@4:4-4:30,Return(ListComp(Name(s6900;Load)@5:12-5:13,[Comprehension(Name(s6900;Store)@5:24-5:25,Name(s7900;Load)@5:29-5:30,[],True)])@5:11-5:31)@5:4-5:31],[],null,True)@1:0-5:31])")]
    [InlineData("@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    \"\"\"doc\"\"\"\n    x = 1",
        "Module([ClassDef(s4300,[Name(s4200;Load)@3:8-3:9],[Keyword(s6d0065007400610063006c00610073007300,Name(s4d00;Load)@3:21-3:22)@3:11-3:22],[ExprStmt(Constant(u64006f006300,null)@4:4-4:13)@4:4-4:13,Assign([Name(s7800;Store)@5:4-5:5],Constant(i1,null)@5:8-5:9)@5:4-5:9],[Name(s640065006300;Load)@1:1-1:4,Call(Name(s6400650063003200;Load)@2:1-2:5,[Constant(i1,null)@2:6-2:7],[])@2:1-2:8])@3:0-5:9])")]
    [InlineData("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
        "Module([If(Name(s6100;Load)@1:3-1:4,[Pass()@2:4-2:8],[If(Name(s6200;Load)@3:5-3:6,[Pass()@4:4-4:8],[Pass()@6:4-6:8])@3:0-6:8])@1:0-6:8])")]
    [InlineData("while x:\n    break\nelse:\n    pass",
        "Module([While(Name(s7800;Load)@1:6-1:7,[Break()@2:4-2:9],[Pass()@4:4-4:8])@1:0-4:8])")]
    [InlineData("for i, j in k:\n    continue\nelse:\n    pass",
        "Module([For(Tuple([Name(s6900;Store)@1:4-1:5,Name(s6a00;Store)@1:7-1:8];Store)@1:4-1:8,Name(s6b00;Load)@1:12-1:13,[Continue()@2:4-2:12],[Pass()@4:4-4:8],False)@1:0-4:8])")]
    [InlineData("try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
        "Module([Try([Pass()@2:4-2:8],[ExceptHandler(Name(s4500;Load)@3:7-3:8,s6500,[Pass()@4:4-4:8])@3:0-4:8,ExceptHandler(Tuple([Name(s4100;Load)@5:8-5:9,Name(s4200;Load)@5:11-5:12];Load)@5:7-5:13,null,[Pass()@6:4-6:8])@5:0-6:8,ExceptHandler(null,null,[Pass()@8:4-8:8])@7:0-8:8],[Pass()@10:4-10:8],[Pass()@12:4-12:8],False)@1:0-12:8])")]
    [InlineData("try:\n    pass\nexcept* E:\n    pass",
        "Module([Try([Pass()@2:4-2:8],[ExceptHandler(Name(s4500;Load)@3:8-3:9,null,[Pass()@4:4-4:8])@3:0-4:8],[],[],True)@1:0-4:8])")]
    [InlineData("with (a as b, c as d,):\n    pass",
        "Module([With([WithItem(Name(s6100;Load)@1:6-1:7,Name(s6200;Store)@1:11-1:12),WithItem(Name(s6300;Load)@1:14-1:15,Name(s6400;Store)@1:19-1:20)],[Pass()@2:4-2:8],False)@1:0-2:8])")]
    [InlineData("with (a, b):\n    pass",
        "Module([With([WithItem(Name(s6100;Load)@1:6-1:7,null),WithItem(Name(s6200;Load)@1:9-1:10,null)],[Pass()@2:4-2:8],False)@1:0-2:8])")]
    [InlineData("import a.b.c as d, e\nfrom . import x\nfrom ..a import (b as c, d,)\nfrom a import *",
        "Module([Import([Alias(s61002e0062002e006300,s6400)@1:7-1:17,Alias(s6500,null)@1:19-1:20])@1:0-1:20,ImportFrom(null,[Alias(s7800,null)@2:14-2:15],1)@2:0-2:15,ImportFrom(s6100,[Alias(s6200,s6300)@3:17-3:23,Alias(s6400,null)@3:25-3:26],2)@3:0-3:28,ImportFrom(s6100,[Alias(s2a00,null)@4:14-4:15],0)@4:0-4:15])")]
    [InlineData("global a, b\nnonlocal c",
        "Module([Global([s6100,s6200])@1:0-1:11,Nonlocal([s6300])@2:0-2:10])")]
    [InlineData("assert x, \"msg\"\nraise E from c\nraise",
        "Module([Assert(Name(s7800;Load)@1:7-1:8,Constant(u6d0073006700,null)@1:10-1:15)@1:0-1:15,Raise(Name(s4500;Load)@2:6-2:7,Name(s6300;Load)@2:13-2:14)@2:0-2:14,Raise(null,null)@3:0-3:5])")]
    [InlineData("lambda: 0\nlambda a, *b, c=1, **d: a",
        "Module([ExprStmt(Lambda(Arguments([],[],null,[],[],null,[]),Constant(i0,null)@1:8-1:9)@1:0-1:9)@1:0-1:9,ExprStmt(Lambda(Arguments([],[Arg(s6100,null)@2:7-2:8],Arg(s6200,null)@2:11-2:12,[Arg(s6300,null)@2:14-2:15],[Constant(i1,null)@2:16-2:17],Arg(s6400,null)@2:21-2:22,[]),Name(s6100;Load)@2:24-2:25)@2:0-2:25)@2:0-2:25])")]
    [InlineData("x = a if b else c\ny = not a and b or c",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],IfExp(Name(s6200;Load)@1:9-1:10,Name(s6100;Load)@1:4-1:5,Name(s6300;Load)@1:16-1:17)@1:4-1:17)@1:0-1:17,Assign([Name(s7900;Store)@2:0-2:1],BoolOp(Or,[BoolOp(And,[UnaryOp(Not,Name(s6100;Load)@2:8-2:9)@2:4-2:9,Name(s6200;Load)@2:14-2:15])@2:4-2:15,Name(s6300;Load)@2:19-2:20])@2:4-2:20)@2:0-2:20])")]
    [InlineData("a < b <= c != d is not e in f not in g",
        "Module([ExprStmt(Compare(Name(s6100;Load)@1:0-1:1,[Lt,LtE,NotEq,IsNot,In,NotIn],[Name(s6200;Load)@1:4-1:5,Name(s6300;Load)@1:9-1:10,Name(s6400;Load)@1:14-1:15,Name(s6500;Load)@1:23-1:24,Name(s6600;Load)@1:28-1:29,Name(s6700;Load)@1:37-1:38])@1:0-1:38)@1:0-1:38])")]
    [InlineData("-a + ~b * c ** -d // e % f @ g",
        "Module([ExprStmt(BinOp(UnaryOp(USub,Name(s6100;Load)@1:1-1:2)@1:0-1:2,Add,BinOp(BinOp(BinOp(BinOp(UnaryOp(Invert,Name(s6200;Load)@1:6-1:7)@1:5-1:7,Mult,BinOp(Name(s6300;Load)@1:10-1:11,Pow,UnaryOp(USub,Name(s6400;Load)@1:16-1:17)@1:15-1:17)@1:10-1:17)@1:5-1:17,FloorDiv,Name(s6500;Load)@1:21-1:22)@1:5-1:22,Mod,Name(s6600;Load)@1:25-1:26)@1:5-1:26,MatMult,Name(s6700;Load)@1:29-1:30)@1:5-1:30)@1:0-1:30)@1:0-1:30])")]
    [InlineData("a | b ^ c & d << e >> f",
        "Module([ExprStmt(BinOp(Name(s6100;Load)@1:0-1:1,BitOr,BinOp(Name(s6200;Load)@1:4-1:5,BitXor,BinOp(Name(s6300;Load)@1:8-1:9,BitAnd,BinOp(BinOp(Name(s6400;Load)@1:12-1:13,LShift,Name(s6500;Load)@1:17-1:18)@1:12-1:18,RShift,Name(s6600;Load)@1:22-1:23)@1:12-1:23)@1:8-1:23)@1:4-1:23)@1:0-1:23)@1:0-1:23])")]
    [InlineData("f(a, *b, c=1, **d)",
        "Module([ExprStmt(Call(Name(s6600;Load)@1:0-1:1,[Name(s6100;Load)@1:2-1:3,Starred(Name(s6200;Load)@1:6-1:7;Load)@1:5-1:7],[Keyword(s6300,Constant(i1,null)@1:11-1:12)@1:9-1:12,Keyword(null,Name(s6400;Load)@1:16-1:17)@1:14-1:17])@1:0-1:18)@1:0-1:18])")]
    [InlineData("f(x for x in y)",
        "Module([ExprStmt(Call(Name(s6600;Load)@1:0-1:1,[GeneratorExp(Name(s7800;Load)@1:2-1:3,[Comprehension(Name(s7800;Store)@1:8-1:9,Name(s7900;Load)@1:13-1:14,[],False)])@1:1-1:15],[])@1:0-1:15)@1:0-1:15])")]
    [InlineData("a[1:2, ::3, 4]",
        "Module([ExprStmt(Subscript(Name(s6100;Load)@1:0-1:1,Tuple([Slice(Constant(i1,null)@1:2-1:3,Constant(i2,null)@1:4-1:5,null)@1:2-1:5,Slice(null,null,Constant(i3,null)@1:9-1:10)@1:7-1:10,Constant(i4,null)@1:12-1:13];Load)@1:2-1:13;Load)@1:0-1:14)@1:0-1:14])")]
    [InlineData("a[b:c:d]\na[:]\na[*b]",
        "Module([ExprStmt(Subscript(Name(s6100;Load)@1:0-1:1,Slice(Name(s6200;Load)@1:2-1:3,Name(s6300;Load)@1:4-1:5,Name(s6400;Load)@1:6-1:7)@1:2-1:7;Load)@1:0-1:8)@1:0-1:8,ExprStmt(Subscript(Name(s6100;Load)@2:0-2:1,Slice(null,null,null)@2:2-2:3;Load)@2:0-2:4)@2:0-2:4,ExprStmt(Subscript(Name(s6100;Load)@3:0-3:1,Tuple([Starred(Name(s6200;Load)@3:3-3:4;Load)@3:2-3:4];Load)@3:2-3:4;Load)@3:0-3:5)@3:0-3:5])")]
    [InlineData("[x for x in y if z for w in x]\n{x for x in y}\n{k: v for k, v in d}\n(x for x in y)",
        "Module([ExprStmt(ListComp(Name(s7800;Load)@1:1-1:2,[Comprehension(Name(s7800;Store)@1:7-1:8,Name(s7900;Load)@1:12-1:13,[Name(s7a00;Load)@1:17-1:18],False),Comprehension(Name(s7700;Store)@1:23-1:24,Name(s7800;Load)@1:28-1:29,[],False)])@1:0-1:30)@1:0-1:30,ExprStmt(SetComp(Name(s7800;Load)@2:1-2:2,[Comprehension(Name(s7800;Store)@2:7-2:8,Name(s7900;Load)@2:12-2:13,[],False)])@2:0-2:14)@2:0-2:14,ExprStmt(DictComp(Name(s6b00;Load)@3:1-3:2,Name(s7600;Load)@3:4-3:5,[Comprehension(Tuple([Name(s6b00;Store)@3:10-3:11,Name(s7600;Store)@3:13-3:14];Store)@3:10-3:14,Name(s6400;Load)@3:18-3:19,[],False)])@3:0-3:20)@3:0-3:20,ExprStmt(GeneratorExp(Name(s7800;Load)@4:1-4:2,[Comprehension(Name(s7800;Store)@4:7-4:8,Name(s7900;Load)@4:12-4:13,[],False)])@4:0-4:14)@4:0-4:14])")]
    [InlineData("{1: 2, **d, 3: 4}\n{1, 2, *s}\n[]\n()\n{}\n(1,)",
        "Module([ExprStmt(Dict([Constant(i1,null)@1:1-1:2,null,Constant(i3,null)@1:12-1:13],[Constant(i2,null)@1:4-1:5,Name(s6400;Load)@1:9-1:10,Constant(i4,null)@1:15-1:16])@1:0-1:17)@1:0-1:17,ExprStmt(Set([Constant(i1,null)@2:1-2:2,Constant(i2,null)@2:4-2:5,Starred(Name(s7300;Load)@2:8-2:9;Load)@2:7-2:9])@2:0-2:10)@2:0-2:10,ExprStmt(List([];Load)@3:0-3:2)@3:0-3:2,ExprStmt(Tuple([];Load)@4:0-4:2)@4:0-4:2,ExprStmt(Dict([],[])@5:0-5:2)@5:0-5:2,ExprStmt(Tuple([Constant(i1,null)@6:1-6:2];Load)@6:0-6:4)@6:0-6:4])")]
    [InlineData("x = yield\ny = yield a, b\nz = yield from g",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],Yield(null)@1:4-1:9)@1:0-1:9,Assign([Name(s7900;Store)@2:0-2:1],Yield(Tuple([Name(s6100;Load)@2:10-2:11,Name(s6200;Load)@2:13-2:14];Load)@2:10-2:14)@2:4-2:14)@2:0-2:14,Assign([Name(s7a00;Store)@3:0-3:1],YieldFrom(Name(s6700;Load)@3:15-3:16)@3:4-3:16)@3:0-3:16])")]
    [InlineData("if (n := 10) > 5: pass",
        "Module([If(Compare(NamedExpr(Name(s6e00;Store)@1:4-1:5,Constant(i10,null)@1:9-1:11)@1:4-1:11,[Gt],[Constant(i5,null)@1:15-1:16])@1:3-1:16,[Pass()@1:18-1:22],[])@1:0-1:22])")]
    [InlineData("print(f\"a{x!r:>{w}}b\" \"c\", f\"{x=}\", f\"{x=:>3}\", f\"{'q'}\", f\"{{}}\")",
        "Module([ExprStmt(Call(Name(s7000720069006e007400;Load)@1:0-1:5,[JoinedStr([Constant(u6100,null)@1:6-1:25,FormattedValue(Name(s7800;Load)@1:10-1:11,114,JoinedStr([Constant(u3e00,null)@1:6-1:25,FormattedValue(Name(s7700;Load)@1:16-1:17,-1,null)@1:6-1:25])@1:6-1:21)@1:6-1:25,Constant(u62006300,null)@1:6-1:25])@1:6-1:25,JoinedStr([Constant(u78003d00,null)@1:27-1:34,FormattedValue(Name(s7800;Load)@1:30-1:31,114,null)@1:27-1:34])@1:27-1:34,JoinedStr([Constant(u78003d00,null)@1:36-1:46,FormattedValue(Name(s7800;Load)@1:39-1:40,-1,JoinedStr([Constant(u3e003300,null)@1:36-1:46])@1:36-1:46)@1:36-1:46])@1:36-1:46,JoinedStr([FormattedValue(Constant(u7100,null)@1:51-1:54,-1,null)@1:48-1:56])@1:48-1:56,JoinedStr([Constant(u7b007d00,null)@1:58-1:65])@1:58-1:65],[])@1:0-1:66)@1:0-1:66])")]
    [InlineData("s = 'a' \"b\" '''c''' r'\\d' u'z'\nt = b'x' rb'\\y' B\"\\x00\\n\\777\" ",
        "Module([Assign([Name(s7300;Store)@1:0-1:1],Constant(u6100620063005c0064007a00,null)@1:4-1:30)@1:0-1:30,Assign([Name(s7400;Store)@2:0-2:1],Constant(b785c79000aff,null)@2:4-2:29)@2:0-2:29])")]
    [InlineData("s = \"\\t\\n\\x41\\u00e9\\U0001F600\\101\\q\\N{BULLET}\"",
        "Module([Assign([Name(s7300;Store)@1:0-1:1],Constant(u09000a004100e9003dd800de41005c0071002220,null)@1:4-1:46)@1:0-1:46])")]
    [InlineData("n = 0x1F + 0o17 + 0b101 + 1_000 + 3.14 + 1e10 + 1.5j + 10**30 + .5 + 5.",
        "Module([Assign([Name(s6e00;Store)@1:0-1:1],BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(Constant(i31,null)@1:4-1:8,Add,Constant(i15,null)@1:11-1:15)@1:4-1:15,Add,Constant(i5,null)@1:18-1:23)@1:4-1:23,Add,Constant(i1000,null)@1:26-1:31)@1:4-1:31,Add,Constant(f1f85eb51b81e0940,null)@1:34-1:38)@1:4-1:38,Add,Constant(f000000205fa00242,null)@1:41-1:45)@1:4-1:45,Add,Constant(c0000000000000000000000000000f83f,null)@1:48-1:52)@1:4-1:52,Add,BinOp(Constant(i10,null)@1:55-1:57,Pow,Constant(i30,null)@1:59-1:61)@1:55-1:61)@1:4-1:61,Add,Constant(f000000000000e03f,null)@1:64-1:66)@1:4-1:66,Add,Constant(f0000000000001440,null)@1:69-1:71)@1:4-1:71)@1:0-1:71])")]
    [InlineData("match x:\n    case 1 | -2 | 3+4j as y:\n        pass\n    case [a, *_, (b, c)] | {1: d, **rest}:\n        pass\n    case Point(1, y=_) | a.b.c | \"s\" | None | (1,) | ():\n        pass\n    case *a, b if a:\n        pass\n    case _:\n        pass",
        "Module([Match(Name(s7800;Load)@1:6-1:7,[MatchCase(MatchAs(MatchOr([MatchValue(Constant(i1,null)@2:9-2:10)@2:9-2:10,MatchValue(UnaryOp(USub,Constant(i2,null)@2:14-2:15)@2:13-2:15)@2:13-2:15,MatchValue(BinOp(Constant(i3,null)@2:18-2:19,Add,Constant(c00000000000000000000000000001040,null)@2:20-2:22)@2:18-2:22)@2:18-2:22])@2:9-2:22,s7900)@2:9-2:27,null,[Pass()@3:8-3:12]),MatchCase(MatchOr([MatchSequence([MatchAs(null,s6100)@4:10-4:11,MatchStar(null)@4:13-4:15,MatchSequence([MatchAs(null,s6200)@4:18-4:19,MatchAs(null,s6300)@4:21-4:22])@4:17-4:23])@4:9-4:24,MatchMapping([Constant(i1,null)@4:28-4:29],[MatchAs(null,s6400)@4:31-4:32],s7200650073007400)@4:27-4:41])@4:9-4:41,null,[Pass()@5:8-5:12]),MatchCase(MatchOr([MatchClass(Name(s50006f0069006e007400;Load)@6:9-6:14,[MatchValue(Constant(i1,null)@6:15-6:16)@6:15-6:16],[s7900],[MatchAs(null,null)@6:20-6:21])@6:9-6:22,MatchValue(Attribute(Attribute(Name(s6100;Load)@6:25-6:26,s6200;Load)@6:25-6:28,s6300;Load)@6:25-6:30)@6:25-6:30,MatchValue(Constant(u7300,null)@6:33-6:36)@6:33-6:36,MatchSingleton(None)@6:39-6:43,MatchSequence([MatchValue(Constant(i1,null)@6:47-6:48)@6:47-6:48])@6:46-6:50,MatchSequence([])@6:53-6:55])@6:9-6:55,null,[Pass()@7:8-7:12]),MatchCase(MatchSequence([MatchStar(s6100)@8:9-8:11,MatchAs(null,s6200)@8:13-8:14])@8:9-8:14,Name(s6100;Load)@8:18-8:19,[Pass()@9:8-9:12]),MatchCase(MatchAs(null,null)@10:9-10:10,null,[Pass()@11:8-11:12])])@1:0-11:12])")]
    [InlineData("match = 1\nmatch(x)\ncase = 2",
        "Module([Assign([Name(s6d006100740063006800;Store)@1:0-1:5],Constant(i1,null)@1:8-1:9)@1:0-1:9,ExprStmt(Call(Name(s6d006100740063006800;Load)@2:0-2:5,[Name(s7800;Load)@2:6-2:7],[])@2:0-2:8)@2:0-2:8,Assign([Name(s6300610073006500;Store)@3:0-3:4],Constant(i2,null)@3:7-3:8)@3:0-3:8])")]
    [InlineData("x = (  # comment\n    1 +\n    2)\ny = 1 + \\\n    2",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],BinOp(Constant(i1,null)@2:4-2:5,Add,Constant(i2,null)@3:4-3:5)@2:4-3:5)@1:0-3:6,Assign([Name(s7900;Store)@4:0-4:1],BinOp(Constant(i1,null)@4:4-4:5,Add,Constant(i2,null)@5:4-5:5)@4:4-5:5)@4:0-5:5])")]
    [InlineData("def f(*, a): pass\ndef g(a, /): pass\ndef h(*args: int, **kw: str): pass",
        "Module([FunctionDef(s6600,Arguments([],[],null,[Arg(s6100,null)@1:9-1:10],[null],null,[]),[Pass()@1:13-1:17],[],null,False)@1:0-1:17,FunctionDef(s6700,Arguments([Arg(s6100,null)@2:6-2:7],[],null,[],[],null,[]),[Pass()@2:13-2:17],[],null,False)@2:0-2:17,FunctionDef(s6800,Arguments([],[],Arg(s6100720067007300,Name(s69006e007400;Load)@3:13-3:16)@3:7-3:16,[],[],Arg(s6b007700,Name(s730074007200;Load)@3:24-3:27)@3:20-3:27,[]),[Pass()@3:30-3:34],[],null,False)@3:0-3:34])")]
    [InlineData("class A: pass",
        "Module([ClassDef(s4100,[],[],[Pass()@1:9-1:13],[])@1:0-1:13])")]
    [InlineData("if x:\n    if y:\n        pass\nz = 1",
        "Module([If(Name(s7800;Load)@1:3-1:4,[If(Name(s7900;Load)@2:7-2:8,[Pass()@3:8-3:12],[])@2:4-3:12],[])@1:0-3:12,Assign([Name(s7a00;Store)@4:0-4:1],Constant(i1,null)@4:4-4:5)@4:0-4:5])")]
    [InlineData("a = [\n    1,\n    2,\n]",
        "Module([Assign([Name(s6100;Store)@1:0-1:1],List([Constant(i1,null)@2:4-2:5,Constant(i2,null)@3:4-3:5];Load)@1:4-4:1)@1:0-4:1])")]
    [InlineData("x = f\"{a}\" f\"b{c:{d}}e\"",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],JoinedStr([FormattedValue(Name(s6100;Load)@1:7-1:8,-1,null)@1:4-1:23,Constant(u6200,null)@1:4-1:23,FormattedValue(Name(s6300;Load)@1:15-1:16,-1,JoinedStr([FormattedValue(Name(s6400;Load)@1:18-1:19,-1,null)@1:4-1:23])@1:11-1:23)@1:4-1:23,Constant(u6500,null)@1:4-1:23])@1:4-1:23)@1:0-1:23])")]
    [InlineData("u\"a\" f\"{x}\"",
        "Module([ExprStmt(JoinedStr([Constant(u6100,s7500)@1:0-1:11,FormattedValue(Name(s7800;Load)@1:8-1:9,-1,null)@1:0-1:11])@1:0-1:11)@1:0-1:11])")]
    [InlineData("f'''x\n{a\n+b}y'''",
        "Module([ExprStmt(JoinedStr([Constant(u78000a00,null)@1:0-3:7,FormattedValue(BinOp(Name(s6100;Load)@2:1-2:2,Add,Name(s6200;Load)@3:1-3:2)@2:1-3:2,-1,null)@1:0-3:7,Constant(u7900,null)@1:0-3:7])@1:0-3:7)@1:0-3:7])")]
    [InlineData("x = [*a, *b]\ny = *a, b",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],List([Starred(Name(s6100;Load)@1:6-1:7;Load)@1:5-1:7,Starred(Name(s6200;Load)@1:10-1:11;Load)@1:9-1:11];Load)@1:4-1:12)@1:0-1:12,Assign([Name(s7900;Store)@2:0-2:1],Tuple([Starred(Name(s6100;Load)@2:5-2:6;Load)@2:4-2:6,Name(s6200;Load)@2:8-2:9];Load)@2:4-2:9)@2:0-2:9])")]
    [InlineData("a.b.c = d.e",
        "Module([Assign([Attribute(Attribute(Name(s6100;Load)@1:0-1:1,s6200;Load)@1:0-1:3,s6300;Store)@1:0-1:5],Attribute(Name(s6400;Load)@1:8-1:9,s6500;Load)@1:8-1:11)@1:0-1:11])")]
    [InlineData("f(a)(b)[c].d",
        "Module([ExprStmt(Attribute(Subscript(Call(Call(Name(s6600;Load)@1:0-1:1,[Name(s6100;Load)@1:2-1:3],[])@1:0-1:4,[Name(s6200;Load)@1:5-1:6],[])@1:0-1:7,Name(s6300;Load)@1:8-1:9;Load)@1:0-1:10,s6400;Load)@1:0-1:12)@1:0-1:12])")]
    [InlineData("del (a), [b]",
        "Module([Delete([Name(s6100;Del)@1:5-1:6,List([Name(s6200;Del)@1:10-1:11];Del)@1:9-1:12])@1:0-1:12])")]
    [InlineData("for x, in y: pass",
        "Module([For(Tuple([Name(s7800;Store)@1:4-1:5];Store)@1:4-1:6,Name(s7900;Load)@1:10-1:11,[Pass()@1:13-1:17],[],False)@1:0-1:17])")]
    [InlineData("x = ...",
        "Module([Assign([Name(s7800;Store)@1:0-1:1],Constant(Ellipsis,null)@1:4-1:7)@1:0-1:7])")]
    [InlineData("(a) + b",
        "Module([ExprStmt(BinOp(Name(s6100;Load)@1:1-1:2,Add,Name(s6200;Load)@1:6-1:7)@1:0-1:7)@1:0-1:7])")]
    [InlineData("(a).b(c)\n",
        "Module([ExprStmt(Call(Attribute(Name(s6100;Load)@1:1-1:2,s6200;Load)@1:0-1:5,[Name(s6300;Load)@1:6-1:7],[])@1:0-1:8)@1:0-1:8])")]
    public void AstMatchesCPython(string src, string expected) => Assert.Equal(expected, Dump(src));

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

    [Fact]
    public void ConstantsHaveTheRightTypes()
    {
        var e = Parser.ParseExpression("(1, 10**0, 12345678901234567890123, 0xFFFFFFFFFFFFFFFFFF, 1.5, 2j, 'a', b'b', None, True, False, ...)", "x.py");
        var t = Assert.IsType<GilRuntime.Core.Compiler.Ast.Tuple>(e.Body);
        PyObject V(int i) => ((Constant)t.Elts[i]).Value;
        Assert.Equal(1L, Assert.IsType<PyInt>(V(0)).Value);
        Assert.Equal(System.Numerics.BigInteger.Parse("12345678901234567890123"), Assert.IsType<PyInt>(V(2)).ToBigInteger());
        Assert.Equal(System.Numerics.BigInteger.Parse("4722366482869645213695"), Assert.IsType<PyInt>(V(3)).ToBigInteger());
        Assert.Equal(1.5, Assert.IsType<PyFloat>(V(4)).Value);
        Assert.Equal(2.0, Assert.IsType<PyComplex>(V(5)).Imag);
        Assert.Equal("a", Assert.IsType<PyStr>(V(6)).Value);
        Assert.Equal(new byte[] { (byte)'b' }, Assert.IsType<PyBytes>(V(7)).Value);
        Assert.Same(Py.None, V(8));
        Assert.Same(Py.True, V(9));
        Assert.Same(Py.False, V(10));
        Assert.Same(Py.Ellipsis, V(11));
    }

    [Fact]
    public void FloatsAreCorrectlyRounded()
    {
        // Values checked against python3: float('0.1'), float('2.2250738585072011e-308'), 1e400 == inf.
        double F(string s) => ((PyFloat)((Constant)Parser.ParseExpression(s, "x.py").Body).Value).Value;
        Assert.Equal(0.1, F("0.1"));
        Assert.Equal(BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFF), F("2.2250738585072011e-308"));
        Assert.True(double.IsPositiveInfinity(F("1e400")));
        Assert.Equal(1000000.0, F("1_000_000.0"));
    }

    [Fact]
    public void NonBmpEscapeBecomesASurrogatePair()
    {
        var c = (Constant)Parser.ParseExpression("'\\U0001F600'", "x.py").Body;
        Assert.Equal("\U0001F600", ((PyStr)c.Value).Value);
    }

    [Fact]
    public void EvalAndSingleModes()
    {
        var e = Parser.ParseExpression("\na + 1\n\n", "x.py");
        Assert.IsType<BinOp>(e.Body);
        // python3: compile(" 1", "x", "eval") -> IndentationError: unexpected indent (1, 1);
        // compile("x = 1\ny = 2\n", "x", "single") -> "multiple statements ..." at (1, 6).
        var ind = Assert.Throws<PyException>(() => Parser.ParseExpression(" 1", "x.py"));
        Assert.Equal(("IndentationError", "unexpected indent", 1, 1), (ind.Value.Type.Name, ((PySyntaxError)ind.Value).Msg, ((PySyntaxError)ind.Value).Lineno, ((PySyntaxError)ind.Value).Offset));
        var multi = (PySyntaxError)Assert.Throws<PyException>(() => Parser.ParseInteractive("x = 1\ny = 2\n", "x.py")).Value;
        Assert.Equal(("multiple statements found while compiling a single statement", 1, 6), (multi.Msg, multi.Lineno, multi.Offset));
        var i = Parser.ParseInteractive("x = 1; y = 2\n", "x.py");
        Assert.Equal(2, i.Body.Count);
        var i2 = Parser.ParseInteractive("if x:\n    pass\n", "x.py");
        Assert.IsType<If>(Assert.Single(i2.Body));
        var ex = Assert.Throws<PyException>(() => Parser.ParseExpression("x = 1", "x.py"));
        Assert.Equal("invalid syntax", ((PySyntaxError)ex.Value).Msg);
    }

    [Fact]
    public void LineEndingsAndBom()
    {
        var m = Parser.ParseModule("\uFEFFa = 1\r\nb = 2\rc = 3", "x.py");
        Assert.Equal(new[] { 1, 2, 3 }, m.Body.Select(s => s.Lineno).ToArray());
    }

    [Fact]
    public void DeepNestingIsAnErrorNotACrash()
    {
        // CPython 3.11: 200 nested brackets are fine, 201 are "too many nested parentheses".
        Parser.ParseExpression(new string('(', 200) + new string(')', 200), "x.py");
        var ex = Assert.Throws<PyException>(() => Parser.ParseExpression(new string('(', 201) + new string(')', 201), "x.py"));
        Assert.Equal("too many nested parentheses", ((PySyntaxError)ex.Value).Msg);
        // CPython 3.11 raises MemoryError for this one ("-" * 100000 + "1").
        var deep = Assert.Throws<PyException>(() => Parser.ParseExpression(new string('-', 100000) + "1", "x.py"));
        Assert.Equal("MemoryError", deep.Value.Type.Name);
        var deepBlocks = new System.Text.StringBuilder();
        for (int i = 0; i < 99; i++) deepBlocks.Append(new string(' ', i)).Append("if x:\n");
        deepBlocks.Append(new string(' ', 99)).Append("pass\n");
        Parser.ParseModule(deepBlocks.ToString(), "x.py");
    }

    [Fact]
    public void ContextsAreSet()
    {
        var m = Parser.ParseModule("for a.b, [c, *d] in e: del f[0], g\n", "x.py");
        var f = (For)m.Body[0];
        var t = (GilRuntime.Core.Compiler.Ast.Tuple)f.Target;
        Assert.Equal(ExprContext.Store, t.Ctx);
        Assert.Equal(ExprContext.Store, ((GilRuntime.Core.Compiler.Ast.Attribute)t.Elts[0]).Ctx);
        var l = (List)t.Elts[1];
        Assert.Equal(ExprContext.Store, l.Ctx);
        Assert.Equal(ExprContext.Store, ((Starred)l.Elts[1]).Ctx);
        Assert.Equal(ExprContext.Load, ((Name)((GilRuntime.Core.Compiler.Ast.Attribute)t.Elts[0]).Value).Ctx);
        var d = (Delete)f.Body[0];
        Assert.Equal(ExprContext.Del, ((Subscript)d.Targets[0]).Ctx);
        Assert.Equal(ExprContext.Del, ((Name)d.Targets[1]).Ctx);
    }
}
