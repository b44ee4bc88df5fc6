// Token kinds. Operators and hard keywords get a kind each so the parser switches on an enum
// instead of comparing strings; soft keywords (match, case, _) stay Name tokens.
namespace GilRuntime.Core.Compiler.Tokenizing;

public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis, RArrow, ColonEqual, At,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, VBar, Amper, Circumflex, Tilde,
    LeftShift, RightShift, Less, Greater, Equal, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, AtEqual,
    Exclamation,
    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
