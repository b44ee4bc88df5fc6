// One token with its exact source span: lines 1-based, columns 0-based character offsets; the end is
// just past the token (a NEWLINE token is zero-width, as in CPython, which leaves the '\n' out).
namespace GilRuntime.Core.Compiler.Tokenizing;

public readonly record struct Token(TokenKind Kind, string? Text, int Line, int Col, int EndLine, int EndCol)
{
    public bool IsKeyword => Kind >= TokenKind.False;

    public override string ToString() => $"{Kind} {Text} {Line}:{Col}-{EndLine}:{EndCol}";
}
