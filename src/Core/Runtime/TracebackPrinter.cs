// Formats an uncaught exception exactly as CPython 3.11 prints it (Python/pythonrun.c
// print_exception_recursive and Python/traceback.c tb_print_internal): chained causes and contexts,
// "[Previous line repeated N more times]" folding, the source line and the 3.11 caret line under
// the failing sub-expression (traceback.py format_frame_summary documents the same rules), and the
// SyntaxError location block.
namespace GilRuntime.Core.Runtime;

using System.Text;
using GilRuntime.Core.Objects;

public static class TracebackPrinter
{
    private const int RecursiveCutoff = 3;
    private const int TracebackLimit = 1000;

    private static readonly Dictionary<string, string[]?> s_lines = new();

    /// <summary>The whole report for an exception and its chain, newline-terminated.</summary>
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatRecursive(sb, exc, seen);
        return sb.ToString();
    }

    private static void FormatRecursive(StringBuilder sb, PyBaseException exc, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause)
        {
            if (!seen.Contains(cause))
            {
                FormatRecursive(sb, cause, seen);
                sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        }
        else if (exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatRecursive(sb, context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(sb, exc);
    }

    /// <summary>One exception: its traceback (if any) and the "Type: message" line.</summary>
    public static void FormatOne(StringBuilder sb, PyBaseException exc)
    {
        if (exc.Traceback is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatTraceback(sb, tb);
        }
        if (exc is PySyntaxError se) FormatSyntaxErrorLocation(sb, se);
        sb.Append(ExceptionLine(exc)).Append('\n');
    }

    /// <summary>"TypeName: message" with the module prefix CPython prints for non-builtin types.</summary>
    public static string ExceptionLine(PyBaseException exc)
    {
        var type = exc.Type;
        var name = type.Module is "builtins" or "__main__" ? type.QualName : type.Module + "." + type.QualName;
        string msg;
        try
        {
            msg = exc is PySyntaxError se ? se.Msg : exc.Str();
        }
        catch (PyException)
        {
            msg = "<exception str() failed>";
        }
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    public static void FormatTraceback(StringBuilder sb, PyTraceback first)
    {
        int depth = 0;
        for (var t = first; t is not null; t = t.Next) depth++;
        var tb = first;
        while (tb is not null && depth > TracebackLimit) { depth--; tb = tb.Next; }

        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (; tb is not null; tb = tb.Next)
        {
            var code = tb.Frame.Code;
            int line = tb.LineNo;
            if (lastFile is null || code.co_filename != lastFile || lastLine == -1 || line != lastLine
                || code.co_name != lastName)
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
                lastFile = code.co_filename;
                lastLine = line;
                lastName = code.co_name;
                count = 0;
            }
            count++;
            if (count <= RecursiveCutoff) FormatEntry(sb, tb);
        }
        if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
    }

    private static void AppendRepeated(StringBuilder sb, int n) =>
        sb.Append("  [Previous line repeated ").Append(n).Append(" more time").Append(n > 1 ? "s" : "").Append("]\n");

    private static void FormatEntry(StringBuilder sb, PyTraceback tb)
    {
        var code = tb.Frame.Code;
        int line = tb.LineNo;
        sb.Append("  File \"").Append(code.co_filename).Append("\", line ").Append(line)
          .Append(", in ").Append(code.co_name).Append('\n');
        var source = GetLine(code.co_filename, line);
        if (source is null) return;
        var stripped = source.Trim();
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');
        var pos = (uint)tb.LastI < (uint)code.Positions.Length ? code.Positions[tb.LastI] : default;
        if (pos.Line <= 0 || pos.Line != line || pos.EndLine <= 0) return;
        AppendCarets(sb, source, pos.Column, pos.EndLine == pos.Line ? pos.EndColumn : -1, stripped.Length);
    }

    /// <summary>The caret line; <paramref name="endCol"/> -1 means "to the end of the line" (multi-line span).</summary>
    internal static void AppendCarets(StringBuilder sb, string line, int startCol, int endCol, int strippedLength)
    {
        line = line.TrimEnd('\n', '\r');
        if (startCol < 0 || startCol > line.Length) return;
        int endOffset = endCol < 0 ? line.TrimEnd().Length : Math.Min(endCol, line.Length);
        if (endOffset < startCol) return;
        var segment = line[startCol..endOffset];
        Anchors? anchors = endCol < 0 ? null : ExtractAnchors(segment);
        if (!(endOffset - startCol < strippedLength || (anchors is { } a0 && a0.RightStart - a0.LeftEnd > 0))) return;
        int strippedChars = line.Length - line.TrimStart().Length;
        sb.Append("    ").Append(' ', Math.Max(0, startCol - strippedChars));
        if (anchors is { } a)
        {
            sb.Append('~', a.LeftEnd).Append('^', a.RightStart - a.LeftEnd).Append('~', endOffset - startCol - a.RightStart);
        }
        else sb.Append('^', endOffset - startCol);
        sb.Append('\n');
    }

    internal readonly record struct Anchors(int LeftEnd, int RightStart);

    /// <summary>
    /// _extract_caret_anchors_from_line_segment: when the segment is a binary operation, the operator;
    /// when it is a subscript, the brackets. Found by a scan of the segment's top level (brackets and
    /// strings skipped) instead of a full parse.
    /// </summary>
    internal static Anchors? ExtractAnchors(string segment)
    {
        // Find the root binary operator: lowest precedence, rightmost (leftmost for **).
        int depth = 0, bestPos = -1, bestLen = 0, bestPrec = int.MaxValue;
        int lastSignificant = -1; // index of the last non-space char at depth 0 or closing bracket
        bool prevOperand = false;
        int lastOpenAtTop = -1, lastCloseAtTop = -1;
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            if (c is '\'' or '"')
            {
                int j = SkipString(segment, i);
                if (j < 0) return null;
                i = j;
                prevOperand = true;
                continue;
            }
            if (c == '#') return null;
            if (c is '(' or '[' or '{')
            {
                if (depth == 0 && c == '[' && prevOperand) lastOpenAtTop = i;
                else if (depth == 0 && c == '[') lastOpenAtTop = -1;
                depth++;
                prevOperand = false;
                continue;
            }
            if (c is ')' or ']' or '}')
            {
                depth--;
                if (depth < 0) return null;
                if (depth == 0 && c == ']') lastCloseAtTop = i;
                prevOperand = true;
                continue;
            }
            if (depth > 0 || char.IsWhiteSpace(c)) continue;
            if (char.IsLetterOrDigit(c) || c == '_' || c == '.')
            {
                int j = i;
                while (j < segment.Length && (char.IsLetterOrDigit(segment[j]) || segment[j] is '_' or '.')) j++;
                var word = segment[i..j];
                if (word is "from" or "import" or "if" or "else" or "or" or "and" or "not" or "in" or "is" or "lambda" or "await" or "yield")
                    return null;
                // numbers like 1e-5 keep their sign inside the literal
                if (char.IsDigit(c) && j < segment.Length && (segment[j - 1] is 'e' or 'E') && segment[j] is '+' or '-')
                {
                    j++;
                    while (j < segment.Length && char.IsLetterOrDigit(segment[j])) j++;
                }
                i = j - 1;
                prevOperand = true;
                lastSignificant = i;
                continue;
            }
            int opLen = 1, prec;
            string two = i + 1 < segment.Length ? segment.Substring(i, 2) : "";
            switch (c)
            {
                case '<' or '>' when two is "<<" or ">>": opLen = 2; prec = 4; break;
                case '<' or '>' or '=' or '!': return null;
                case ':': case ',': case ';': return null;
                case '|': prec = 1; break;
                case '^': prec = 2; break;
                case '&': prec = 3; break;
                case '+' or '-':
                    if (!prevOperand) { continue; }
                    prec = 5; break;
                case '*':
                    if (two == "**") { opLen = 2; prec = 7; } else prec = 6;
                    if (!prevOperand) return null;
                    break;
                case '/': if (two == "//") opLen = 2; prec = 6; break;
                case '%': case '@': prec = 6; break;
                case '~': continue;
                default: return null;
            }
            if (i + opLen < segment.Length && segment[i + opLen] == '=') return null;
            if (prec < bestPrec || (prec == bestPrec && prec != 7))
            {
                bestPrec = prec;
                bestPos = i;
                bestLen = opLen;
            }
            i += opLen - 1;
            prevOperand = false;
        }
        if (depth != 0) return null;
        if (bestPos >= 0)
        {
            if (bestPos == 0) return null;
            int left = bestPos;
            int right = left + 1;
            int rightOperand = bestPos + bestLen;
            while (rightOperand < segment.Length && (char.IsWhiteSpace(segment[rightOperand]) || segment[rightOperand] == '(')) rightOperand++;
            if (bestLen > 1 || (left + 1 < rightOperand && !char.IsWhiteSpace(segment[left + 1]))) right++;
            return new Anchors(left, right);
        }
        // subscript root: ends with the ']' matching a '[' that follows an operand at top level
        if (lastOpenAtTop > 0 && lastCloseAtTop == segment.TrimEnd().Length - 1)
            return new Anchors(lastOpenAtTop, lastCloseAtTop + 1);
        return null;
    }

    private static int SkipString(string s, int i)
    {
        char q = s[i];
        bool triple = i + 2 < s.Length && s[i + 1] == q && s[i + 2] == q;
        int j = triple ? i + 3 : i + 1;
        while (j < s.Length)
        {
            if (s[j] == '\\') { j += 2; continue; }
            if (s[j] == q)
            {
                if (!triple) return j;
                if (j + 2 < s.Length && s[j + 1] == q && s[j + 2] == q) return j + 2;
            }
            j++;
        }
        return -1;
    }

    private static void FormatSyntaxErrorLocation(StringBuilder sb, PySyntaxError se)
    {
        sb.Append("  File \"").Append(se.Filename ?? "<string>").Append("\", line ").Append(se.Lineno).Append('\n');
        var text = se.Text;
        if (text is null && se.Filename is not null) text = GetLine(se.Filename, se.Lineno);
        if (text is null) return;
        int offset = se.Offset;
        int endOffset = se.EndLineno > se.Lineno ? -1 : se.EndOffset;
        // print_error_text: only the line holding the error, leading whitespace removed.
        var lines = text.Split('\n');
        var line = lines[0];
        if (lines.Length > 1 && !(lines.Length == 2 && lines[1].Length == 0))
        {
            int acc = 0;
            foreach (var l in lines)
            {
                if (offset <= acc + l.Length + 1) { line = l; offset -= acc; if (endOffset > 0) endOffset -= acc; break; }
                acc += l.Length + 1;
            }
        }
        line = line.TrimEnd('\n', '\r');
        int lead = line.Length - line.TrimStart(' ', '\t', '\f').Length;
        line = line[lead..];
        offset -= lead;
        if (endOffset > 0) endOffset -= lead;
        sb.Append("    ").Append(line.TrimEnd()).Append('\n');
        if (offset < 1) return;
        if (offset > line.Length + 1) offset = line.Length + 1;
        if (endOffset <= offset || se.Type.IsSubtype(ExceptionTypes.IndentationError)) endOffset = offset + 1;
        if (endOffset > line.Length + 1) endOffset = line.Length + 1;
        if (endOffset <= offset) endOffset = offset + 1;
        sb.Append("    ").Append(' ', offset - 1).Append('^', endOffset - offset).Append('\n');
    }

    /// <summary>Line <paramref name="lineno"/> (1-based) of a source file, or null (linecache.getline).</summary>
    public static string? GetLine(string filename, int lineno)
    {
        string[]? lines;
        lock (s_lines)
        {
            if (!s_lines.TryGetValue(filename, out lines))
            {
                try { lines = File.Exists(filename) ? File.ReadAllLines(filename) : null; }
                catch (Exception) { lines = null; }
                s_lines[filename] = lines;
            }
        }
        if (lines is null || lineno < 1 || lineno > lines.Length) return null;
        return lines[lineno - 1];
    }

    /// <summary>Registers source text for a pseudo-file (exec'd strings are not shown, as in CPython).</summary>
    public static void Forget(string filename)
    {
        lock (s_lines) s_lines.Remove(filename);
    }
}
