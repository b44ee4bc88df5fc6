// The tokenizer: turns source text into the token list the parser reads (CPython: Parser/tokenizer.c).
// The whole input is tokenized once up front, so tokenizer errors (unterminated strings, unmatched
// brackets, bad indentation, bad number literals) are reported before any parse error.
// Newlines are normalized first (\r\n and \r become \n) and a UTF-8 BOM is dropped. NL and COMMENT
// tokens are not produced: the parser never needs them. Strings are returned raw (prefix and quotes
// included); the parser decodes them, because f-strings contain expressions it has to parse.
namespace GilRuntime.Core.Compiler.Tokenizing;

using System.Globalization;
using System.Text;
using GilRuntime.Core.Objects;

public sealed class Tokenizer
{
    private const int MaxIndent = 100;
    private const int MaxParenLevel = 200;

    private readonly string _src;
    private readonly string _filename;
    private readonly List<int> _lineStarts = [0];
    // For an f-string expression: where the text starts in the enclosing file, and the full file's tokenizer.
    private readonly int _lineBase;
    private readonly int _colBase;
    private readonly bool _exprMode;
    private readonly Tokenizer? _outer;

    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public Tokenizer(string source, string filename)
    {
        _src = Normalize(source);
        _filename = filename;
    }

    /// <summary>A tokenizer for the expression part of an f-string: positions are those of the enclosing
    /// file (the text starts at <paramref name="line"/>:<paramref name="col"/>); newlines are insignificant.</summary>
    internal Tokenizer(string exprText, string filename, int line, int col, Tokenizer outer)
    {
        _src = exprText;
        _filename = filename;
        _lineBase = line - 1;
        _colBase = col;
        _exprMode = true;
        _outer = outer;
    }

    public string Source => _src;

    /// <summary>Set when the input ended inside brackets: the innermost open bracket.</summary>
    public (char Ch, int Line, int Col)? UnclosedBracket { get; private set; }

    /// <summary>The "'(' was never closed" error for <see cref="UnclosedBracket"/>.</summary>
    internal PyException UnclosedBracketError()
    {
        var (ch, pl, pc) = UnclosedBracket!.Value;
        // CPython shows the line with a newline only when it is the last line of the input.
        bool last = LineText(pl + 1) is null or "" && LineText(pl + 2) is null;
        return Error($"'{ch}' was never closed", pl, pc, pl, -1, textWithNewline: last);
    }
    public string Filename => _filename;

    /// <summary>Drops a BOM and turns \r\n and \r into \n.</summary>
    public static string Normalize(string source)
    {
        if (source.Length > 0 && source[0] == '\uFEFF') source = source.Substring(1);
        if (source.IndexOf('\r') < 0) return source;
        var sb = new StringBuilder(source.Length);
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < source.Length && source[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The text of a 1-based source line without its newline, or null past the end.</summary>
    public string? LineText(int line)
    {
        if (_outer is not null) return _outer.LineText(line);
        EnsureLineTable();
        if (line < 1 || line > _lineStarts.Count) return null;
        int s = _lineStarts[line - 1];
        if (s > _src.Length) return null;
        int e = _src.IndexOf('\n', s);
        return e < 0 ? _src.Substring(s) : _src.Substring(s, e - s);
    }

    /// <summary>True when the 1-based line is followed by a newline character in the source.</summary>
    public bool LineHasNewline(int line)
    {
        if (_outer is not null) return _outer.LineHasNewline(line);
        EnsureLineTable();
        if (line < 1 || line > _lineStarts.Count) return false;
        return _src.IndexOf('\n', _lineStarts[line - 1]) >= 0;
    }

    private bool _lineTableDone;

    private void EnsureLineTable()
    {
        if (_lineTableDone) return;
        _lineTableDone = true;
        _lineStarts.Clear();
        _lineStarts.Add(0);
        for (int i = 0; i < _src.Length; i++)
            if (_src[i] == '\n') _lineStarts.Add(i + 1);
    }

    private int Line => _line + _lineBase;
    private int ColAt(int pos) => pos - _lineStart + (_line == 1 ? _colBase : 0);

    /// <summary>A SyntaxError at 0-based <paramref name="col"/>; the reported end_offset is
    /// <paramref name="endCol"/>+1 (so -1 reports 0 and -2 reports -1, as CPython does for some errors);
    /// by default the error is zero-width.</summary>
    internal PyException Error(string msg, int line, int col, int endLine = -1, int endCol = int.MinValue,
        PyType? type = null, bool textWithNewline = false)
    {
        string? text = LineText(line);
        if (text is not null && textWithNewline) text += "\n";
        return SyntaxErrors.Make(msg, _filename, line, col + 1, text,
            endLine < 0 ? line : endLine, endCol == int.MinValue ? col + 1 : endCol + 1, type);
    }

    public List<Token> Tokenize()
    {
        var toks = new List<Token>(_src.Length / 3 + 8);
        var indents = new List<int>(8) { 0 };
        var altIndents = new List<int>(8) { 0 };
        var parens = new List<(char Ch, int Line, int Col)>();
        bool atBol = true, lineHasTokens = false;
        string src = _src;
        int len = src.Length;

        while (true)
        {
            if (atBol)
            {
                atBol = false;
                if (parens.Count == 0 && !_exprMode)
                {
                    int col = 0, alt = 0, p = _pos;
                    for (; p < len; p++)
                    {
                        char w = src[p];
                        if (w == ' ') { col++; alt++; }
                        else if (w == '\t') { col = (col / 8 + 1) * 8; alt++; }
                        else if (w == '\f') { col = alt = 0; }
                        else break;
                    }
                    _pos = p;
                    bool blank = p >= len || src[p] == '#' || src[p] == '\n' || (src[p] == '\\' && p + 1 < len && src[p + 1] == '\n' && false);
                    if (!blank)
                    {
                        if (col == indents[^1])
                        {
                            if (alt != altIndents[^1]) throw TabError();
                        }
                        else if (col > indents[^1])
                        {
                            if (indents.Count >= MaxIndent)
                                throw Error("too many levels of indentation", Line, 0, type: ExceptionTypes.IndentationError);
                            if (alt <= altIndents[^1]) throw TabError();
                            indents.Add(col);
                            altIndents.Add(alt);
                            toks.Add(new Token(TokenKind.Indent, null, Line, 0, Line, ColAt(p)));
                        }
                        else
                        {
                            while (indents.Count > 1 && col < indents[^1])
                            {
                                indents.RemoveAt(indents.Count - 1);
                                altIndents.RemoveAt(altIndents.Count - 1);
                                toks.Add(new Token(TokenKind.Dedent, null, Line, ColAt(p), Line, ColAt(p)));
                            }
                            if (col != indents[^1])
                                throw Error("unindent does not match any outer indentation level", Line,
                                    (LineText(Line) ?? "").Length, Line, -2, ExceptionTypes.IndentationError, true);
                            if (alt != altIndents[^1]) throw TabError();
                        }
                    }
                }
            }

            while (_pos < len && (src[_pos] == ' ' || src[_pos] == '\t' || src[_pos] == '\f')) _pos++;

            if (_pos >= len)
            {
                if (parens.Count > 0 && !_exprMode)
                {
                    // CPython reports this only when the parser reads the end of the input (or its own
                    // error lies on a later line); the parser decides, see UnclosedBracket.
                    UnclosedBracket = parens[^1];
                    int ce = ColAt(_pos);
                    toks.Add(new Token(TokenKind.EndMarker, null, Line, ce, Line, ce));
                    return toks;
                }
                int c0 = ColAt(_pos);
                if (lineHasTokens && !_exprMode) toks.Add(new Token(TokenKind.Newline, "", Line, c0, Line, c0));
                for (int i = 1; i < indents.Count; i++) toks.Add(new Token(TokenKind.Dedent, null, Line, c0, Line, c0));
                toks.Add(new Token(TokenKind.EndMarker, null, Line, c0, Line, c0));
                return toks;
            }

            int start = _pos;
            char c = src[_pos];

            if (c == '#')
            {
                while (_pos < len && src[_pos] != '\n') _pos++;
                continue;
            }
            if (c == '\n')
            {
                if (parens.Count == 0 && lineHasTokens && !_exprMode)
                {
                    int nc = ColAt(_pos);
                    toks.Add(new Token(TokenKind.Newline, "\n", Line, nc, Line, nc));
                }
                _pos++;
                NewLine();
                if (parens.Count == 0) { atBol = true; lineHasTokens = false; }
                continue;
            }
            if (c == '\\')
            {
                if (_pos + 1 < len && src[_pos + 1] == '\n')
                {
                    int bline = Line, bcol = ColAt(_pos);
                    _pos += 2;
                    NewLine();
                    if (_pos >= len)
                        throw Error("unexpected EOF while parsing", bline, bcol + 1, bline, -2, textWithNewline: true);
                    continue;
                }
                if (_pos + 1 >= len)
                    throw Error("unexpected EOF while parsing", Line, ColAt(_pos) + 1, Line, -2, textWithNewline: true);
                throw Error("unexpected character after line continuation character", Line, ColAt(_pos) + 1, Line, -1,
                    textWithNewline: true);
            }

            lineHasTokens = true;

            if (IsAsciiIdStart(c) || c >= 128)
            {
                toks.Add(ReadNameOrString(start));
                continue;
            }
            if (c >= '0' && c <= '9' || (c == '.' && _pos + 1 < len && src[_pos + 1] >= '0' && src[_pos + 1] <= '9'))
            {
                toks.Add(ReadNumber(start));
                continue;
            }
            if (c == '\'' || c == '"')
            {
                toks.Add(ReadString(start, start));
                continue;
            }

            int line0 = Line, col0 = ColAt(start);
            TokenKind kind = ReadOperator(c);
            switch (kind)
            {
                case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace:
                    if (parens.Count >= MaxParenLevel) throw Error("too many nested parentheses", line0, col0);
                    parens.Add((c, line0, col0));
                    break;
                case TokenKind.RPar: case TokenKind.RSqb: case TokenKind.RBrace:
                    if (parens.Count == 0)
                    {
                        if (_exprMode) break;
                        throw Error($"unmatched '{c}'", line0, col0);
                    }
                    var (open, ol, oc) = parens[^1];
                    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                    if (c != want)
                    {
                        if (ol != line0)
                            throw Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {ol}", line0, col0);
                        throw Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}'", line0, col0);
                    }
                    parens.RemoveAt(parens.Count - 1);
                    break;
            }
            toks.Add(new Token(kind, null, line0, col0, line0, ColAt(_pos)));
        }
    }

    private PyException TabError() =>
        Error("inconsistent use of tabs and spaces in indentation", Line, 0, Line, -1, ExceptionTypes.TabError, true);

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private TokenKind ReadOperator(char c)
    {
        string s = _src;
        int p = _pos;
        char c1 = p + 1 < s.Length ? s[p + 1] : '\0';
        char c2 = p + 2 < s.Length ? s[p + 2] : '\0';
        TokenKind k;
        int n = 1;
        switch (c)
        {
            case '(': k = TokenKind.LPar; break;
            case ')': k = TokenKind.RPar; break;
            case '[': k = TokenKind.LSqb; break;
            case ']': k = TokenKind.RSqb; break;
            case '{': k = TokenKind.LBrace; break;
            case '}': k = TokenKind.RBrace; break;
            case ',': k = TokenKind.Comma; break;
            case ';': k = TokenKind.Semi; break;
            case '~': k = TokenKind.Tilde; break;
            case ':': if (c1 == '=') { k = TokenKind.ColonEqual; n = 2; } else k = TokenKind.Colon; break;
            case '.':
                if (c1 == '.' && c2 == '.') { k = TokenKind.Ellipsis; n = 3; } else k = TokenKind.Dot;
                break;
            case '+': if (c1 == '=') { k = TokenKind.PlusEqual; n = 2; } else k = TokenKind.Plus; break;
            case '-':
                if (c1 == '=') { k = TokenKind.MinEqual; n = 2; }
                else if (c1 == '>') { k = TokenKind.RArrow; n = 2; }
                else k = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') { if (c2 == '=') { k = TokenKind.DoubleStarEqual; n = 3; } else { k = TokenKind.DoubleStar; n = 2; } }
                else if (c1 == '=') { k = TokenKind.StarEqual; n = 2; }
                else k = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/') { if (c2 == '=') { k = TokenKind.DoubleSlashEqual; n = 3; } else { k = TokenKind.DoubleSlash; n = 2; } }
                else if (c1 == '=') { k = TokenKind.SlashEqual; n = 2; }
                else k = TokenKind.Slash;
                break;
            case '%': if (c1 == '=') { k = TokenKind.PercentEqual; n = 2; } else k = TokenKind.Percent; break;
            case '@': if (c1 == '=') { k = TokenKind.AtEqual; n = 2; } else k = TokenKind.At; break;
            case '&': if (c1 == '=') { k = TokenKind.AmperEqual; n = 2; } else k = TokenKind.Amper; break;
            case '|': if (c1 == '=') { k = TokenKind.VBarEqual; n = 2; } else k = TokenKind.VBar; break;
            case '^': if (c1 == '=') { k = TokenKind.CircumflexEqual; n = 2; } else k = TokenKind.Circumflex; break;
            case '=': if (c1 == '=') { k = TokenKind.EqEqual; n = 2; } else k = TokenKind.Equal; break;
            case '!': if (c1 == '=') { k = TokenKind.NotEqual; n = 2; } else k = TokenKind.Exclamation; break;
            case '<':
                if (c1 == '<') { if (c2 == '=') { k = TokenKind.LeftShiftEqual; n = 3; } else { k = TokenKind.LeftShift; n = 2; } }
                else if (c1 == '=') { k = TokenKind.LessEqual; n = 2; }
                else if (c1 == '>') { k = TokenKind.NotEqual; n = 2; _ltGt = true; }
                else k = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') { if (c2 == '=') { k = TokenKind.RightShiftEqual; n = 3; } else { k = TokenKind.RightShift; n = 2; } }
                else if (c1 == '=') { k = TokenKind.GreaterEqual; n = 2; }
                else k = TokenKind.Greater;
                break;
            default:
                throw InvalidCharacter(_pos);
        }
        if (_ltGt)
        {
            _ltGt = false;
            throw Error("invalid syntax", Line, ColAt(_pos), Line, ColAt(_pos) + 2, textWithNewline: true);
        }
        _pos += n;
        return k;
    }

    private bool _ltGt;

    private PyException InvalidCharacter(int pos)
    {
        int cp = char.IsHighSurrogate(_src[pos]) && pos + 1 < _src.Length ? char.ConvertToUtf32(_src[pos], _src[pos + 1]) : _src[pos];
        if (cp < 128 && cp > 32 && cp != 127)
            return Error("invalid syntax", Line, ColAt(pos), Line, ColAt(pos) + 1, textWithNewline: true);
        string msg = IsPrintable(cp)
            ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
            : $"invalid non-printable character U+{cp:X4}";
        return Error(msg, Line, ColAt(pos));
    }

    private static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static bool IsAsciiIdStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';
    private static bool IsAsciiIdChar(char c) => IsAsciiIdStart(c) || (uint)(c - '0') <= 9;

    internal static bool IsIdStart(int cp)
    {
        if (cp < 128) return IsAsciiIdStart((char)cp);
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }

    internal static bool IsIdContinue(int cp)
    {
        if (cp < 128) return IsAsciiIdChar((char)cp);
        if (IsIdStart(cp)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            || cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }

    private static readonly Dictionary<string, TokenKind> s_keywords = new()
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True,
        ["and"] = TokenKind.And, ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async, ["await"] = TokenKind.Await, ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While,
        ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };

    public static bool IsKeyword(string s) => s_keywords.ContainsKey(s);

    private Token ReadNameOrString(int start)
    {
        string s = _src;
        int p = _pos;
        bool nonAscii = false;
        while (p < s.Length)
        {
            char ch = s[p];
            if (ch < 128) { if (!IsAsciiIdChar(ch)) break; }
            else nonAscii = true;
            p++;
        }
        int n = p - start;
        if (n <= 2 && p < s.Length && (s[p] == '\'' || s[p] == '"') && IsStringPrefix(s, start, n))
            return ReadString(start, p);
        string name;
        if (nonAscii)
        {
            // Validate code point by code point; the first one that is not an identifier char is the error.
            int i = start;
            bool first = true;
            while (i < p)
            {
                int cp = char.IsHighSurrogate(s[i]) && i + 1 < p ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
                bool ok = first ? IsIdStart(cp) : IsIdContinue(cp);
                if (!ok)
                {
                    if (first && cp < 128) break;
                    throw InvalidCharacter(i);
                }
                first = false;
                i += cp > 0xFFFF ? 2 : 1;
            }
            name = UnicodeNames.NormalizeIdentifier(s.Substring(start, p - start));
        }
        else name = s.Substring(start, n);
        _pos = p;
        int line = Line, col = ColAt(start);
        var kind = s_keywords.TryGetValue(name, out var kw) ? kw : TokenKind.Name;
        return new Token(kind, name, line, col, line, ColAt(p));
    }

    private static bool IsStringPrefix(string s, int start, int n)
    {
        char a = (char)(s[start] | 0x20);
        if (n == 1) return a is 'r' or 'u' or 'b' or 'f';
        char b = (char)(s[start + 1] | 0x20);
        return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }

    /// <summary>Reads a string literal whose prefix starts at <paramref name="start"/> and quote at <paramref name="q"/>.</summary>
    private Token ReadString(int start, int q)
    {
        string s = _src;
        int len = s.Length;
        char quote = s[q];
        bool triple = q + 2 < len && s[q + 1] == quote && s[q + 2] == quote;
        int startLine = Line, startCol = ColAt(start);
        int p = q + (triple ? 3 : 1);
        while (true)
        {
            if (p >= len)
            {
                int detected = DetectedLine(len);
                if (triple)
                    throw Error($"unterminated triple-quoted string literal (detected at line {detected})",
                        startLine, startCol, startLine, startCol);
                throw Error($"unterminated string literal (detected at line {detected})", startLine, startCol, startLine, startCol);
            }
            char ch = s[p];
            if (ch == '\\')
            {
                p++;
                if (p < len)
                {
                    if (s[p] == '\n') { _pos = p + 1; NewLine(); }
                    p++;
                }
                continue;
            }
            if (ch == '\n')
            {
                if (!triple)
                    throw Error($"unterminated string literal (detected at line {Line})", startLine, startCol, startLine, startCol);
                _pos = p + 1;
                NewLine();
                p++;
                continue;
            }
            if (ch == quote)
            {
                if (!triple) { p++; break; }
                if (p + 2 < len && s[p + 1] == quote && s[p + 2] == quote) { p += 3; break; }
            }
            p++;
        }
        _pos = p;
        return new Token(TokenKind.String, s.Substring(start, p - start), startLine, startCol, Line, ColAt(p));
    }

    private int DetectedLine(int len)
    {
        int line = Line;
        if (len > 0 && _src[len - 1] == '\n' && _lineStart == len) line--;
        return line;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
    private static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private char At(int p) => p < _src.Length ? _src[p] : '\0';

    private Token ReadNumber(int start)
    {
        int p = start;
        int line = Line;
        char c = At(p);
        if (c == '0' && (At(p + 1) | 0x20) is 'x' or 'o' or 'b')
        {
            char kind = (char)(At(p + 1) | 0x20);
            p += 2;
            string what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            Func<char, bool> ok = kind == 'x' ? IsHex : kind == 'o' ? (ch => ch >= '0' && ch <= '7') : (ch => ch == '0' || ch == '1');
            bool any = false;
            while (true)
            {
                if (At(p) == '_') p++;
                if (!ok(At(p)))
                {
                    if (!any || At(p - 1) == '_' || kind == 'x' || !IsDigit(At(p)))
                    {
                        if (kind != 'x' && IsDigit(At(p)))
                            throw Error($"invalid digit '{At(p)}' in {what} literal", line, ColAt(p));
                        if (!any || At(p - 1) == '_')
                            throw Error($"invalid {what} literal", line, ColAt(p - 1));
                        break;
                    }
                    throw Error($"invalid digit '{At(p)}' in {what} literal", line, ColAt(p));
                }
                any = true;
                while (ok(At(p))) p++;
                if (At(p) != '_') break;
            }
            if (kind != 'x' && IsDigit(At(p)))
                throw Error($"invalid digit '{At(p)}' in {what} literal", line, ColAt(p));
            VerifyEnd(start, p, what);
            return Finish(start, p);
        }

        bool isFloat = false;
        if (c != '.')
        {
            p = ReadDigits(p);
            if (c == '0')
            {
                bool nonzero = false;
                for (int i = start; i < p; i++) if (_src[i] != '0' && _src[i] != '_') nonzero = true;
                char nx = At(p);
                if (nonzero && nx != '.' && (nx | 0x20) != 'e' && (nx | 0x20) != 'j')
                    throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, ColAt(start), line, ColAt(start) + 1);
            }
        }
        if (At(p) == '.')
        {
            isFloat = true;
            p++;
            if (IsDigit(At(p))) p = ReadDigits(p);
        }
        if ((At(p) | 0x20) == 'e')
        {
            int e = p;
            p++;
            bool sign = At(p) == '+' || At(p) == '-';
            if (sign) p++;
            if (!IsDigit(At(p)))
            {
                if (sign) throw Error("invalid decimal literal", Line, ColAt(p - 1));
                // "1else" style: the 'e' may begin a keyword; otherwise the literal is bad.
                p = e;
                VerifyEnd(start, p, "decimal");
                return Finish(start, p);
            }
            isFloat = true;
            p = ReadDigits(p);
        }
        if ((At(p) | 0x20) == 'j') p++;
        _ = isFloat;
        VerifyEnd(start, p, "decimal");
        return Finish(start, p);
    }

    private int ReadDigits(int p)
    {
        while (true)
        {
            while (IsDigit(At(p))) p++;
            if (At(p) != '_') return p;
            p++;
            if (!IsDigit(At(p))) throw Error("invalid decimal literal", Line, ColAt(p - 1));
        }
    }

    private static readonly string[] s_numberSuffixKeywords = ["and", "else", "for", "if", "in", "is", "not", "or"];

    private void VerifyEnd(int start, int p, string what)
    {
        char ch = At(p);
        if (!(IsAsciiIdChar(ch) || ch >= 128)) return;
        foreach (var kw in s_numberSuffixKeywords)
            if (string.CompareOrdinal(_src, p, kw, 0, kw.Length) == 0) return;
        int errPos = what == "decimal" ? start : p;
        if (what != "decimal" && IsDigit(ch)) errPos = p;
        throw Error($"invalid {what} literal", Line, ColAt(errPos));
    }

    private Token Finish(int start, int p)
    {
        _pos = p;
        int line = Line;
        return new Token(TokenKind.Number, _src.Substring(start, p - start), line, ColAt(start), line, ColAt(p));
    }
}
