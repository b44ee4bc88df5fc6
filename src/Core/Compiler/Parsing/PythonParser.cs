// The recursive-descent parser over the token list (CPython's grammar: Grammar/python.gram, 3.11).
// It reads the tokens the Tokenizer produced in one pass, mostly with one token of lookahead; the few
// places the grammar needs more (with-items in parentheses, `match` as a soft keyword, error
// diagnosis) save the position and backtrack locally, so parsing stays linear.
// This file: the token cursor, positions, errors and the entry rules; statements, expressions,
// targets, patterns and string literals live in the other PythonParser.*.cs partials.
namespace GilRuntime.Core.Compiler.Parsing;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;

internal sealed partial class PythonParser
{
    private const int MaxDepth = 3000;

    private readonly List<Token> _t;
    private readonly Tokenizer _tk;
    private readonly string _filename;
    private int _p;
    private int _depth;
    /// <summary>Bracket nesting of the parse position (for the "forgot a comma" diagnosis).</summary>
    private int _level;
    /// <summary>Set when parsing an f-string's expression: errors get the "f-string: " prefix.</summary>
    private bool _inFString;

    private PythonParser(List<Token> tokens, Tokenizer tk, string filename)
    {
        _t = tokens;
        _tk = tk;
        _filename = filename;
    }

    public static PythonParser Create(string source, string filename, bool evalMode = false)
    {
        var tk = new Tokenizer(source, filename);
        _ = evalMode;
        return new PythonParser(tk.Tokenize(), tk, filename);
    }

    // ---- cursor -------------------------------------------------------------------------------

    private Token Cur => _t[_p];
    private TokenKind K => _t[_p].Kind;
    private TokenKind PeekK(int n) => Peek(n).Kind;

    private Token Peek(int n)
    {
        int i = Math.Min(_p + n, _t.Count - 1);
        if (i > _maxSeen) _maxSeen = i;
        return _t[i];
    }

    private Token Next()
    {
        var t = _t[_p];
        if (_p < _t.Count - 1) _p++;
        if (_p > _maxSeen) _maxSeen = _p;
        return t;
    }

    /// <summary>The furthest token the parser has looked at (CPython's p->fill - 1).</summary>
    private int _maxSeen;

    private bool Accept(TokenKind k)
    {
        if (_t[_p].Kind != k) return false;
        Next();
        return true;
    }

    private Token Expect(TokenKind k)
    {
        if (_t[_p].Kind != k) throw InvalidSyntax();
        return Next();
    }

    private bool IsName(string s) => _t[_p].Kind == TokenKind.Name && _t[_p].Text == s;

    private Token Prev => _t[_p > 0 ? _p - 1 : 0];

    /// <summary>The last consumed token that is not NEWLINE/INDENT/DEDENT: where a node ends (CPython's
    /// _PyPegen_get_last_nonnwhitespace_token).</summary>
    private Token LastReal
    {
        get
        {
            int i = _p - 1;
            while (i > 0 && _t[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) i--;
            return _t[i < 0 ? 0 : i];
        }
    }

    // ---- positions ----------------------------------------------------------------------------

    private T Fin<T>(T node, in Token start) where T : Node
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        var end = LastReal;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private T Fin<T>(T node, Node start) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        var end = LastReal;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private static T Span<T>(T node, in Token start, Node end) where T : Node
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    // ---- errors -------------------------------------------------------------------------------

    private PyException Error(string msg, int line, int col, int endLine, int endCol, PyType? type = null)
    {
        if (_inFString && !msg.StartsWith("f-string", StringComparison.Ordinal)) msg = "f-string: " + msg;
        string? text = _tk.LineText(line);
        if (text is not null) text += "\n";
        return SyntaxErrors.Make(msg, _filename, line, col + 1, text, endLine, endCol + 1, type);
    }

    private PyException Error(string msg, in Token t, PyType? type = null) =>
        Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, type);

    private PyException Error(string msg, Node n) =>
        Error(msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private PyException Error(string msg, Node a, Node b) =>
        Error(msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);

    /// <summary>An error with CPython's exact 1-based offsets.</summary>
    private PyException ErrorAt(string msg, int line, int offset, int endLine, int endOffset, PyType? type = null)
    {
        if (_inFString && !msg.StartsWith("f-string", StringComparison.Ordinal)) msg = "f-string: " + msg;
        string? text = _tk.LineText(line);
        if (text is not null) text += "\n";
        return SyntaxErrors.Make(msg, _filename, line, offset, text, endLine, endOffset, type);
    }

    /// <summary>An error at the current token, located as CPython locates errors at its last token:
    /// INDENT, DEDENT and ENDMARKER have no columns there, so the offset is where the tokenizer stood
    /// (after the indentation, or at the end of the last line) and end_offset is -1.</summary>
    private PyException ErrorAtCur(string msg, PyType? type = null)
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Indent:
                return ErrorAt(msg, t.Line, t.EndCol, t.Line, -1, type);
            case TokenKind.Dedent:
            case TokenKind.EndMarker:
            {
                if (_inFString) return Error(msg, t.Line, t.Col, t.Line, t.Col, type);
                var last = LastReal;
                bool atEof = t.Kind == TokenKind.EndMarker || _t[^1].Line == t.Line && _p + 1 < _t.Count
                    && AllDedentsToEnd();
                if (!atEof) return ErrorAt(msg, t.Line, t.Col, t.Line, -1, type);
                int line = last.EndLine;
                return ErrorAt(msg, line, (_tk.LineText(line) ?? "").Length + 1, line, -1, type);
            }
            default:
                return Error(msg, t, type);
        }
    }

    private bool AllDedentsToEnd()
    {
        for (int i = _p; i < _t.Count; i++)
            if (_t[i].Kind is not (TokenKind.Dedent or TokenKind.EndMarker)) return false;
        return true;
    }

    /// <summary>"invalid syntax" at the current token (CPython reports the last token it read).</summary>
    private PyException InvalidSyntax()
    {
        if (Cur.Kind == TokenKind.Indent) return ErrorAtCur("unexpected indent", ExceptionTypes.IndentationError);
        return ErrorAtCur("invalid syntax");
    }

    private void EnterDepth()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.MemoryError("Parser stack overflowed - Python source too complex to parse");
    }

    // ---- entry rules --------------------------------------------------------------------------

    public Module ParseFile() => Run(static p =>
    {
        var body = new List<Stmt>();
        while (p.K != TokenKind.EndMarker) p.ParseStatementInto(body);
        return new Module(body);
    });

    public Expression ParseEval() => Run(static p => p.ParseEvalBody());

    public Interactive ParseInteractive() => Run(static p => p.ParseInteractiveBody());

    /// <summary>Runs an entry rule. When the input ends inside brackets, CPython reports "'(' was never
    /// closed" if the parser read the end of the input, or if its own error lies past the bracket's line.</summary>
    private T Run<T>(Func<PythonParser, T> rule)
    {
        if (_tk.UnclosedBracket is not { } open) return rule(this);
        try
        {
            return rule(this);
        }
        catch (PyException e) when (e.Value is PySyntaxError se)
        {
            if (_maxSeen >= _t.Count - 1 || se.Lineno > open.Line || se.EndLineno > open.Line)
                throw _tk.UnclosedBracketError();
            throw;
        }
    }

    private Expression ParseEvalBody()
    {
        var e = ParseStarExpressions();
        while (K is TokenKind.Newline or TokenKind.Dedent) Next();
        if (K != TokenKind.EndMarker) throw InvalidSyntax();
        return new Expression(e);
    }

    private Interactive ParseInteractiveBody()
    {
        var body = new List<Stmt>();
        while (K == TokenKind.Newline) Next();
        if (K == TokenKind.EndMarker) return new Interactive(body);
        ParseStatementInto(body);
        while (K == TokenKind.Dedent) Next();
        if (K != TokenKind.EndMarker)
        {
            var nl = Prev.Kind == TokenKind.Newline ? Prev : Cur;
            throw Error("multiple statements found while compiling a single statement", nl);
        }
        return new Interactive(body);
    }

    /// <summary>Parses an f-string replacement field's expression. Like CPython 3.11 it parses
    /// "(" + text + ")" with the parentheses where the braces are; a syntax error is reported as
    /// CPython 3.11 does, relative to that parenthesized text.</summary>
    internal static Expr ParseFStringExpression(string text, int line, int col, PythonParser outer)
    {
        try
        {
            var toks = new Tokenizer("(" + text + ")", outer._filename, line, col - 1, outer._tk).Tokenize();
            var p = new PythonParser(toks, outer._tk, outer._filename) { _inFString = true, _depth = outer._depth };
            var e = p.ParseStarExpressions();
            if (p.K != TokenKind.EndMarker) throw p.InvalidSyntax();
            return e;
        }
        catch (PyException ex) when (ex.Value is PySyntaxError)
        {
            // Parse again standalone to get CPython's positions; this throws.
            var tk = new Tokenizer("(" + text + ")", outer._filename);
            List<Token> toks;
            try { toks = tk.Tokenize(); }
            catch (PyException ex2) when (ex2.Value is PySyntaxError se2)
            {
                if (!se2.Msg.StartsWith("f-string", StringComparison.Ordinal)) se2.Msg = "f-string: " + se2.Msg;
                throw;
            }
            var p = new PythonParser(toks, tk, outer._filename) { _inFString = true, _depth = outer._depth };
            var e = p.ParseStarExpressions();
            if (p.K != TokenKind.EndMarker) throw p.InvalidSyntax();
            throw;
        }
    }
}
