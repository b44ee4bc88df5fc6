// Literals: numbers, and string tokens (with escapes, implicit concatenation, bytes and f-strings).
// f-strings follow CPython 3.11 (Python/ast.c fstring_*): the replacement fields are found by
// scanning the literal text, and each expression is tokenized and parsed on its own, at its real
// position in the file. Like CPython 3.11, the Constant and FormattedValue parts of a JoinedStr
// carry the span of the whole (concatenated) string.
namespace GilRuntime.Core.Compiler.Parsing;

using System.Globalization;
using System.Numerics;
using System.Text;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Tokenizing;
using GilRuntime.Core.Objects;

internal sealed partial class PythonParser
{
    internal static PyObject ParseNumber(string text)
    {
        if (text.IndexOf('_') >= 0) text = text.Replace("_", "");
        char last = text[^1];
        if (last is 'j' or 'J')
            return new PyComplex(0.0, double.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (text[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
            if ((text.Length - 2) * bits < 63)
            {
                long v = 0;
                for (int i = 2; i < text.Length; i++) v = v * radix + HexVal(text[i]);
                return PyInt.From(v);
            }
            BigInteger b = BigInteger.Zero;
            for (int i = 2; i < text.Length; i++) b = b * radix + HexVal(text[i]);
            return PyInt.From(b);
        }
        foreach (char c in text)
            if (c is '.' or 'e' or 'E')
                return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (text.Length < 19) return PyInt.From(long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
        return PyInt.From(BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static int HexVal(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private readonly struct StrTok(Token tok, int prefixLen, bool raw, bool bytes, bool fstr, bool u, int quoteLen)
    {
        public readonly Token Tok = tok;
        public readonly int PrefixLen = prefixLen;
        public readonly bool Raw = raw, Bytes = bytes, F = fstr, U = u;
        public readonly int QuoteLen = quoteLen;
        public int BodyStart => PrefixLen + QuoteLen;
        public int BodyEnd => Tok.Text!.Length - QuoteLen;
    }

    private static StrTok Classify(in Token t)
    {
        string s = t.Text!;
        int i = 0;
        bool raw = false, bytes = false, f = false, u = false;
        for (; s[i] != '\'' && s[i] != '"'; i++)
        {
            switch (s[i] | 0x20)
            {
                case 'r': raw = true; break;
                case 'b': bytes = true; break;
                case 'f': f = true; break;
                case 'u': u = true; break;
            }
        }
        int q = s.Length - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i] ? 3 : 1;
        return new StrTok(t, i, raw, bytes, f, u, q);
    }

    private Expr ParseStrings()
    {
        var first = Cur;
        int startIdx = _p;
        bool anyBytes = false, anyStr = false, anyF = false;
        while (K == TokenKind.String)
        {
            var c = Classify(Cur);
            if (c.Bytes) anyBytes = true; else anyStr = true;
            if (c.F) anyF = true;
            Next();
        }
        int endIdx = _p;
        var lastTok = Prev;
        if (anyBytes && anyStr) throw Error("cannot mix bytes and nonbytes literals", Cur.Line, Cur.Col, Cur.Line, Cur.Col);
        if (anyStr)
            for (int i = startIdx; i < endIdx; i++)
            {
                var c = Classify(_t[i]);
                // Bytes the file's UTF-8 could not decode (SourceDecoder keeps them as U+DC80+byte).
                if (!c.Bytes && SourceDecoder.HasUndecodable(c.Tok.Text!, c.BodyStart, c.BodyEnd))
                    throw Error("(unicode error) " + SourceDecoder.Utf8ErrorMessage(c.Tok.Text!, c.BodyStart, c.BodyEnd),
                        c.Tok.EndLine, c.Tok.EndCol, c.Tok.EndLine, c.Tok.EndCol);
            }
        if (anyBytes)
        {
            var bytes = new List<byte>();
            for (int i = startIdx; i < endIdx; i++) DecodeBytes(Classify(_t[i]), bytes);
            return Fin(new Constant(new PyBytes(bytes.ToArray())), first);
        }
        if (!anyF)
        {
            var sb = new StringBuilder();
            for (int i = startIdx; i < endIdx; i++)
            {
                var c = Classify(_t[i]);
                DecodeStr(c, c.BodyStart, c.BodyEnd, sb, false);
            }
            return Fin(new Constant(PyStr.From(sb.ToString()), first.Text![0] == 'u' ? "u" : null), first);
        }
        var b = new FStringBuilder(this, first, lastTok);
        for (int i = startIdx; i < endIdx; i++)
        {
            var c = Classify(_t[i]);
            if (c.F) b.ParseFString(c, c.BodyStart, c.BodyEnd, 0, null);
            else DecodeStr(c, c.BodyStart, c.BodyEnd, b.Literal, false);
        }
        b.Flush();
        return Fin(new JoinedStr(b.Values), first);
    }

    private void DecodeBytes(in StrTok c, List<byte> into)
    {
        string s = c.Tok.Text!;
        int end = c.BodyEnd;
        for (int i = c.BodyStart; i < end; i++)
        {
            char ch = s[i];
            if (ch >= 128) throw Error("bytes can only contain ASCII literal characters", c.Tok);
            if (ch != '\\' || c.Raw) { into.Add((byte)ch); continue; }
            i++;
            char e = s[i];
            switch (e)
            {
                case '\n': break;
                case '\\': into.Add((byte)'\\'); break;
                case '\'': into.Add((byte)'\''); break;
                case '"': into.Add((byte)'"'); break;
                case 'a': into.Add(7); break;
                case 'b': into.Add(8); break;
                case 'f': into.Add(12); break;
                case 'n': into.Add(10); break;
                case 'r': into.Add(13); break;
                case 't': into.Add(9); break;
                case 'v': into.Add(11); break;
                case 'x':
                    if (i + 2 < end + 0 + 1 && i + 2 <= end - 0 && IsHexDigit(s, i + 1, end) && IsHexDigit(s, i + 2, end))
                    {
                        into.Add((byte)(HexVal(s[i + 1]) * 16 + HexVal(s[i + 2])));
                        i += 2;
                    }
                    else throw Error($"(value error) invalid \\x escape at position {into.Count}", c.Tok);
                    break;
                default:
                    if (e >= '0' && e <= '7')
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) v = v * 8 + (s[++i] - '0');
                        into.Add((byte)v);
                    }
                    else
                    {
                        if (e >= 128) throw Error("bytes can only contain ASCII literal characters", c.Tok);
                        into.Add((byte)'\\');
                        into.Add((byte)e);
                    }
                    break;
            }
        }
    }

    private static bool IsHexDigit(string s, int i, int end) =>
        i < end && (char.IsAsciiHexDigit(s[i]));

    /// <summary>Decodes s[start..end) (raw or with escapes) into <paramref name="sb"/>.
    /// With <paramref name="fstringLiteral"/>, `{{`/`}}` handling is the caller's.</summary>
    private void DecodeStr(in StrTok c, int start, int end, StringBuilder sb, bool fstringLiteral)
    {
        string s = c.Tok.Text!;
        if (c.Raw)
        {
            sb.Append(s, start, end - start);
            return;
        }
        for (int i = start; i < end; i++)
        {
            char ch = s[i];
            if (ch != '\\') { sb.Append(ch); continue; }
            i = DecodeEscape(c, s, i, end, sb);
        }
    }

    /// <summary>Decodes the escape at s[i] (a backslash); returns the index of its last character.</summary>
    private int DecodeEscape(in StrTok c, string s, int i, int end, StringBuilder sb)
    {
        int bs = i;
        i++;
        if (i >= end) { sb.Append('\\'); return i - 1; }
        char e = s[i];
        switch (e)
        {
            case '\n': return i;
            case '\\': sb.Append('\\'); return i;
            case '\'': sb.Append('\''); return i;
            case '"': sb.Append('"'); return i;
            case 'a': sb.Append('\a'); return i;
            case 'b': sb.Append('\b'); return i;
            case 'f': sb.Append('\f'); return i;
            case 'n': sb.Append('\n'); return i;
            case 'r': sb.Append('\r'); return i;
            case 't': sb.Append('\t'); return i;
            case 'v': sb.Append('\v'); return i;
            case 'x': return HexEscape(c, s, bs, i, end, 2, sb, "truncated \\xXX escape");
            case 'u': return HexEscape(c, s, bs, i, end, 4, sb, "truncated \\uXXXX escape");
            case 'U': return HexEscape(c, s, bs, i, end, 8, sb, "truncated \\UXXXXXXXX escape");
            case 'N':
            {
                int close = i + 1 < end && s[i + 1] == '{' ? s.IndexOf('}', i + 2) : -1;
                if (close < 0 || close >= end || close == i + 2)
                    throw UnicodeError(c, bs, close < 0 || close >= end ? end - 1 : close, "malformed \\N character escape");
                string name = s.Substring(i + 2, close - i - 2);
                int cp = UnicodeNames.Lookup(name);
                if (cp < 0) throw UnicodeError(c, bs, close, "unknown Unicode character name");
                sb.Append(char.ConvertFromUtf32(cp));
                return close;
            }
            default:
                if (e >= '0' && e <= '7')
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) v = v * 8 + (s[++i] - '0');
                    sb.Append((char)v);
                    return i;
                }
                sb.Append('\\');
                sb.Append(e);
                return i;
        }
    }

    private int HexEscape(in StrTok c, string s, int bs, int i, int end, int n, StringBuilder sb, string msg)
    {
        int v = 0;
        for (int k = 1; k <= n; k++)
        {
            if (i + k >= end || !char.IsAsciiHexDigit(s[i + k]))
                throw UnicodeError(c, bs, i + k - 1, msg);
            v = v * 16 + HexVal(s[i + k]);
        }
        if (n == 8 && (uint)v > 0x10FFFF) throw UnicodeError(c, bs, i + n, "illegal Unicode character");
        if (v > 0xFFFF) sb.Append(char.ConvertFromUtf32(v));
        else sb.Append((char)v);
        return i + n;
    }

    private PyException UnicodeError(in StrTok c, int from, int to, string what)
    {
        // CPython reports byte positions within the decoded run; character positions agree for ASCII.
        int a = from - c.BodyStart, b = to - c.BodyStart;
        var t = Cur;
        return Error($"(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {what}",
            t.Line, t.Col, t.Line, t.Col);
    }

    /// <summary>Accumulates the parts of a JoinedStr.</summary>
    private sealed class FStringBuilder(PythonParser parser, Token first, Token last)
    {
        public readonly StringBuilder Literal = new();
        public readonly List<Expr> Values = [];
        private readonly PythonParser _p = parser;
        private readonly Token _first = first, _last = last;

        private T Whole<T>(T n) where T : Node
        {
            n.Lineno = _first.Line; n.ColOffset = _first.Col;
            n.EndLineno = _last.EndLine; n.EndColOffset = _last.EndCol;
            return n;
        }

        public void Flush() => FlushInto(Values, Literal);

        /// <summary>Adds the pending literal as a Constant. Like CPython 3.11 it spans the whole
        /// concatenation, except the last literal of a format spec, which spans its own token
        /// (<paramref name="own"/>); a lowercase u prefix on the first token gives kind "u".</summary>
        private void FlushInto(List<Expr> values, StringBuilder lit, Token? own = null)
        {
            if (lit.Length == 0) return;
            string? kind = own is null && _first.Text![0] == 'u' ? "u" : null;
            var c = new Constant(PyStr.From(lit.ToString()), kind);
            if (own is { } t)
            {
                c.Lineno = t.Line; c.ColOffset = t.Col;
                c.EndLineno = t.EndLine; c.EndColOffset = t.EndCol;
                values.Add(c);
            }
            else values.Add(Whole(c));
            lit.Clear();
        }

        private PyException FError(string msg)
        {
            var t = _p.Cur;
            return _p.Error(msg, t.Line, t.Col, t.Line, t.Col);
        }

        /// <summary>Parses s[i..end) of an f-string token. At nesting 0 the parts go to Values/Literal;
        /// in a format spec (<paramref name="spec"/> non-null) they go to the spec's list and the scan
        /// stops at the '}' that closes the field; returns the index reached.</summary>
        public int ParseFString(in StrTok c, int i, int end, int nesting, List<Expr>? spec)
        {
            string s = c.Tok.Text!;
            var lit = spec is null ? Literal : new StringBuilder();
            var values = spec ?? Values;
            while (i < end)
            {
                char ch = s[i];
                if (ch == '{' || ch == '}')
                {
                    if (nesting == 0 || spec is null)
                    {
                        if (i + 1 < end && s[i + 1] == ch) { lit.Append(ch); i += 2; continue; }
                        if (ch == '}') throw FError("f-string: single '}' is not allowed");
                    }
                    if (ch == '}') break;
                    i = ParseField(c, i, end, nesting, values, lit);
                    continue;
                }
                if (ch == '\\' && !c.Raw)
                {
                    // \N{...} is a literal escape, not a replacement field.
                    i = _p.DecodeEscape(c, s, i, end, lit) + 1;
                    continue;
                }
                lit.Append(ch);
                i++;
            }
            if (spec is not null) FlushInto(values, lit, c.Tok);
            return i;
        }

        private int ParseField(in StrTok c, int open, int end, int nesting, List<Expr> values, StringBuilder lit)
        {
            string s = c.Tok.Text!;
            if (nesting >= 2) throw FError("f-string: expressions nested too deeply");
            int i = open + 1;
            int exprStart = i;
            char quoteChar = '\0';
            int stringType = 0; // 1 or 3 while inside a nested string
            var brackets = new List<char>();
            while (i < end)
            {
                char ch = s[i];
                if (ch == '\\') throw FError("f-string expression part cannot include a backslash");
                if (quoteChar != '\0')
                {
                    if (ch == quoteChar)
                    {
                        if (stringType == 3)
                        {
                            if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) { i += 3; quoteChar = '\0'; continue; }
                        }
                        else { quoteChar = '\0'; i++; continue; }
                    }
                    i++;
                    continue;
                }
                if (ch == '\'' || ch == '"')
                {
                    if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) { stringType = 3; i += 2; }
                    else stringType = 1;
                    quoteChar = ch;
                    i++;
                    continue;
                }
                if (ch is '(' or '[' or '{')
                {
                    if (brackets.Count >= 200) throw FError("f-string: too many nested parenthesis");
                    brackets.Add(ch);
                    i++;
                    continue;
                }
                if (ch == '#') throw FError("f-string expression part cannot include '#'");
                if (brackets.Count == 0)
                {
                    if (ch == '!' && i + 1 < end && s[i + 1] == '=') { i += 2; continue; }
                    if (ch is '!' or ':' or '}') break;
                    if (ch == '=')
                    {
                        if (i + 1 < end && s[i + 1] == '=') { i += 2; continue; }
                        if (i > exprStart && s[i - 1] is '<' or '>' or '=' or '!') { i++; continue; }
                        break;
                    }
                }
                if (ch is ')' or ']' or '}')
                {
                    if (brackets.Count == 0) throw FError($"f-string: unmatched '{ch}'");
                    char o = brackets[^1];
                    brackets.RemoveAt(brackets.Count - 1);
                    if (!(o == '(' && ch == ')' || o == '[' && ch == ']' || o == '{' && ch == '}'))
                        throw FError($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{o}'");
                }
                i++;
            }
            if (quoteChar != '\0') throw FError("f-string: unterminated string");
            if (brackets.Count > 0) throw FError($"f-string: unmatched '{brackets[^1]}'");
            if (i >= end) throw FError("f-string: expecting '}'");
            int exprEnd = i;
            if (string.IsNullOrWhiteSpace(s.Substring(exprStart, exprEnd - exprStart)))
            {
                char at = s[i];
                if (at == '!') throw FError("f-string: expression required before '!'");
                if (at == ':') throw FError("f-string: expression required before ':'");
                if (at == '=') throw FError("f-string: expression required before '='");
                throw FError("f-string: empty expression not allowed");
            }
            // Where the expression text starts in the file.
            PosOf(c.Tok, exprStart, out int eLine, out int eCol);
            var expr = PythonParser.ParseFStringExpression(s.Substring(exprStart, exprEnd - exprStart), eLine, eCol, _p);

            string? selfDoc = null;
            if (s[i] == '=')
            {
                i++;
                while (i < end && char.IsWhiteSpace(s[i])) i++;
                selfDoc = s.Substring(exprStart, i - exprStart);
                if (i >= end) throw FError("f-string: expecting '}'");
            }
            int conversion = -1;
            if (s[i] == '!')
            {
                i++;
                if (i >= end) throw FError("f-string: expecting '}'");
                char conv = s[i];
                i++;
                if (conv is not ('s' or 'r' or 'a'))
                    throw FError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                if (i < end && s[i] is not (':' or '}')) throw FError("f-string: expecting '}'");
                conversion = conv;
            }
            JoinedStr? formatSpec = null;
            if (i < end && s[i] == ':')
            {
                i++;
                var specParts = new List<Expr>();
                i = ParseFString(c, i, end, nesting + 1, specParts);
                formatSpec = new JoinedStr(specParts);
                formatSpec.Lineno = c.Tok.Line; formatSpec.ColOffset = c.Tok.Col;
                formatSpec.EndLineno = c.Tok.EndLine; formatSpec.EndColOffset = c.Tok.EndCol;
            }
            if (i >= end || s[i] != '}') throw FError("f-string: expecting '}'");
            i++;
            if (selfDoc is not null)
            {
                lit.Append(selfDoc);
                if (conversion == -1 && formatSpec is null) conversion = 'r';
            }
            FlushInto(values, lit);
            values.Add(Whole(new FormattedValue(expr, conversion, formatSpec)));
            return i;
        }

        private static void PosOf(in Token tok, int index, out int line, out int col)
        {
            string s = tok.Text!;
            line = tok.Line;
            col = tok.Col;
            for (int k = 0; k < index; k++)
            {
                if (s[k] == '\n') { line++; col = 0; }
                else col++;
            }
        }
    }
}
