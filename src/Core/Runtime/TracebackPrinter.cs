// Formats an uncaught exception exactly as CPython 3.11 prints it (Python/pythonrun.c
// print_exception_recursive and Python/traceback.c tb_print_internal): chained causes and contexts,
// "[Previous line repeated N more times]" folding, the source line and the 3.11 caret line under
// the failing sub-expression (traceback.py format_frame_summary documents the same rules), and the
// SyntaxError location block.
namespace GilRuntime.Core.Runtime;

using System.Runtime.CompilerServices;
using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

public static class TracebackPrinter
{
    private const int RecursiveCutoff = 3;
    private const int TracebackLimit = 1000;
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    private static readonly Dictionary<string, string[]?> s_lines = new();

    /// <summary>One frame of a traceback or stack summary; SourceLine overrides the line read from the file.</summary>
    public readonly record struct FrameEntry(string Filename, int Lineno, string Name, SourcePosition Position,
        string? SourceLine = null)
    {
        /// <summary>StackSummary.format's "    name = repr" lines of a FrameSummary with captured locals.</summary>
        public string? LocalsText { get; init; }
    }

    /// <summary>
    /// State of one report (CPython's exception_print_context): the exceptions already printed (cycle
    /// protection), the exception-group nesting depth that sets the "  | " margins, and whether the
    /// current group still owes its closing line. Output is a list of chunks, as traceback.format_*
    /// returns them (one per frame, per message line...).
    /// </summary>
    public sealed class PrintContext
    {
        internal readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        internal int GroupDepth;
        internal bool NeedClose;
        public readonly List<string> Chunks = [];
        /// <summary>traceback.py's rules (every line of a message gets the margin) instead of pythonrun.c's.</summary>
        public bool PythonStyle;
        /// <summary>Follow __cause__/__context__ (traceback's chain=True).</summary>
        public bool Chain = true;
        /// <summary>
        /// Frames shown per traceback; null: all. pythonrun.c keeps the innermost ones; with PythonStyle
        /// (traceback.py's limit argument) a positive limit keeps the outermost, a negative the innermost.
        /// </summary>
        public int? Limit;
        /// <summary>The traceback to show for TracebackFor instead of its __traceback__ (format_exception(t, v, tb)).</summary>
        public PyBaseException? TracebackFor;
        public PyTraceback? TracebackOverride;
        /// <summary>TracebackException(capture_locals=True): each frame's locals ({name: repr}) as captured.</summary>
        public IReadOnlyDictionary<Frame, PyDict>? CapturedLocals;

        internal string Indent => new(' ', 2 * GroupDepth);
        internal string Margin => GroupDepth > 0 ? Indent + "| " : "";

        /// <summary>Adds text, each of its lines prefixed with the current margin.</summary>
        internal void Emit(string text, string? firstMargin = null)
        {
            var margin = Margin;
            if (margin.Length == 0 && firstMargin is null) { Chunks.Add(text); return; }
            var sb = new StringBuilder();
            int pos = 0;
            bool first = true;
            while (pos < text.Length)
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl + 1;
                sb.Append(first && firstMargin is not null ? firstMargin : margin).Append(text, pos, end - pos);
                first = false;
                pos = end;
            }
            Chunks.Add(sb.ToString());
        }

        public override string ToString() => string.Concat(Chunks);
    }

    /// <summary>The whole report for an exception and its chain, newline-terminated (PyErr_Display).</summary>
    public static string Format(PyBaseException exc)
    {
        var ctx = new PrintContext { Limit = SysTracebackLimit() };
        PrintRecursive(ctx, exc);
        return ctx.ToString();
    }

    /// <summary>sys.tracebacklimit when it is an int (PyTraceBack_Print reads it), else null.</summary>
    private static int? SysTracebackLimit()
    {
        var sys = ThreadState.CurrentOrNull?.Interpreter.SysModule.Dict;
        if (sys is null || !sys.TryGetValue(PyStr.Intern("tracebacklimit"), out var v) || v is not PyInt i) return null;
        return i.IsSmall ? (int)Math.Clamp(i.Value, int.MinValue, int.MaxValue) : (i.ToBigInteger().Sign < 0 ? 0 : int.MaxValue);
    }

    /// <summary>One exception without its chain: its traceback (if any) and the "Type: message" line.</summary>
    public static void FormatOne(StringBuilder sb, PyBaseException exc)
    {
        var ctx = new PrintContext { Chain = false };
        PrintException(ctx, exc);
        sb.Append(ctx.ToString());
    }

    /// <summary>The report into a context the caller configured (the traceback module).</summary>
    public static void Format(PrintContext ctx, PyBaseException exc) => PrintRecursive(ctx, exc);

    // print_exception_recursive
    private static void PrintRecursive(PrintContext ctx, PyBaseException exc)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return;
        ctx.Seen.Add(exc);
        if (ctx.Chain)
        {
            if (exc.Cause is { } cause)
            {
                if (!ctx.Seen.Contains(cause))
                    PrintChained(ctx, cause, "The above exception was the direct cause of the following exception:");
            }
            else if (!exc.SuppressContext && exc.Context is { } context && !ctx.Seen.Contains(context))
            {
                PrintChained(ctx, context, "During handling of the above exception, another exception occurred:");
            }
        }
        if (exc is PyExceptionGroup eg) PrintGroup(ctx, eg);
        else PrintException(ctx, exc);
    }

    private static void PrintChained(PrintContext ctx, PyBaseException chained, string message)
    {
        bool needClose = ctx.NeedClose;
        PrintRecursive(ctx, chained);
        ctx.NeedClose = needClose;
        ctx.Emit("\n" + message + "\n\n");
    }

    // print_exception_group
    private static void PrintGroup(PrintContext ctx, PyExceptionGroup eg)
    {
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.Emit($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth = 1;
        PrintException(ctx, eg);
        var excs = eg.Exceptions;
        int num = excs.Count;
        int n = num <= MaxGroupWidth ? num : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) ctx.NeedClose = true;
            bool truncated = i >= MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString();
            ctx.Chunks.Add($"{ctx.Indent}{(i == 0 ? "+-" : "  ")}+---------------- {title} ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                if (excs[i] is PyBaseException child) PrintRecursive(ctx, child);
            }
            else
            {
                int remaining = num - MaxGroupWidth;
                ctx.Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.Chunks.Add(ctx.Indent + "+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    // print_exception: traceback, SyntaxError location, "Type: message", notes.
    private static void PrintException(PrintContext ctx, PyBaseException exc)
    {
        var tb = ReferenceEquals(exc, ctx.TracebackFor) ? ctx.TracebackOverride : exc.Traceback as PyTraceback;
        // traceback.py prints no header for a stack the limit emptied; pythonrun.c none for limit <= 0.
        if (tb is not null && (ctx.PythonStyle ? ctx.Limit is not 0 : ctx.Limit is not <= 0))
        {
            bool group = exc is PyExceptionGroup;
            var header = group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n";
            ctx.Emit(header, group && ctx.GroupDepth == 1 ? ctx.Indent + "+ " : null);
            var frames = new List<FrameEntry>();
            for (var t = tb; t is not null; t = t.Next)
                frames.Add(ctx.CapturedLocals is { } captured && captured.TryGetValue(t.Frame, out var locals)
                    ? EntryOf(t) with { LocalsText = LocalsText(locals) }
                    : EntryOf(t));
            if (!ctx.PythonStyle) FormatFrames(ctx, frames, ctx.Limit ?? TracebackLimit, fromEnd: true);
            else if (ctx.Limit is int lim) FormatFrames(ctx, frames, Math.Abs(lim), fromEnd: lim < 0);
            else FormatFrames(ctx, frames, -1, fromEnd: false);
        }
        foreach (var line in FormatExceptionOnly(exc, ctx.PythonStyle))
        {
            // pythonrun.c writes the message raw after one margin: its continuation lines get none.
            if (!ctx.PythonStyle && line.IndexOf('\n') < line.Length - 1) ctx.Chunks.Add(ctx.Margin + line);
            else ctx.Emit(line);
        }
    }

    /// <summary>
    /// format_exception_only: the SyntaxError location block, "Type: message" (with the 3.11 "Did you
    /// mean" suggestion), then the __notes__ lines; each element one newline-terminated line, except
    /// that (as pythonrun.c writes it) a multi-line message stays one element unless pythonStyle.
    /// </summary>
    public static List<string> FormatExceptionOnly(PyBaseException exc, bool pythonStyle = true)
    {
        var lines = new List<string>();
        if (exc is PySyntaxError se && se.LinenoObj is PyInt)
        {
            var sb = new StringBuilder();
            FormatSyntaxErrorLocation(sb, se);
            foreach (var l in sb.ToString().Split('\n'))
                if (l.Length > 0) lines.Add(l + "\n");
        }
        // 3.11's traceback.py offers no "Did you mean"; only the interpreter's printer does.
        lines.Add(ExceptionLine(exc, suggest: !pythonStyle) + "\n");
        var notes = exc.Notes;
        if (notes is not null)
        {
            if (notes is PyStr or PyBytes || !(notes is PyList or PyTuple))
            {
                lines.Add(SafeString(notes, true, "__notes__") + "\n");
            }
            else
            {
                foreach (var note in Ops.ToClrList(notes))
                {
                    var text = note is PyStr ns ? ns.Value : SafeString(note, false, "note");
                    foreach (var l in text.Split('\n')) lines.Add(l + "\n");
                }
            }
        }
        return lines;
    }

    private static string SafeString(PyObject o, bool repr, string what)
    {
        try { return repr ? Ops.Repr(o) : Ops.Str(o); }
        catch (PyException) { return $"<{what} {(repr ? "repr" : "str")}() failed>"; }
    }

    /// <summary>"TypeName: message" with the module prefix CPython prints for non-builtin types.</summary>
    public static string ExceptionLine(PyBaseException exc) => ExceptionLine(exc, suggest: true);

    /// <summary>"TypeName: message", with the "Did you mean" suggestion when <paramref name="suggest"/>.</summary>
    public static string ExceptionLine(PyBaseException exc, bool suggest)
    {
        var type = exc.Type;
        var name = type.Module is "builtins" or "__main__" ? type.QualName : type.Module + "." + type.QualName;
        string msg;
        try
        {
            // print_exception_file_and_line: a located SyntaxError prints its bare msg.
            msg = exc is PySyntaxError { LinenoObj: PyInt } se ? Ops.Str(se.MsgObj) : exc.Str();
        }
        catch (PyException)
        {
            return name + ": <exception str() failed>";
        }
        var line = msg.Length == 0 ? name : name + ": " + msg;
        string? suggestion = null;
        if (suggest)
        {
            try { suggestion = Suggestions.ForException(exc); } catch (PyException) { }
        }
        if (suggestion is not null) line += $". Did you mean: '{suggestion}'?";
        return line;
    }

    /// <summary>The frame entry a traceback link describes.</summary>
    /// <summary>
    /// format_frame_summary's locals rows, "    name = value" sorted by name, from a FrameSummary's
    /// locals ({name: repr(value)}); null when there are none.
    /// </summary>
    public static string? LocalsText(PyDict locals)
    {
        if (locals.Count == 0) return null;
        var items = new PyList();
        foreach (var k in Ops.ToClrList(locals)) items.Append(new PyTuple([k, locals.GetItem(k)]));
        Ops.CallMethod(items, "sort");   // sorted(locals.items())
        var sb = new StringBuilder();
        foreach (var item in items.AsSpan())
        {
            var kv = (PyTuple)item!;
            sb.Append("    ").Append(Ops.Str(kv[0])).Append(" = ").Append(Ops.Str(kv[1])).Append('\n');
        }
        return sb.ToString();
    }

    public static FrameEntry EntryOf(PyTraceback tb)
    {
        var code = tb.Frame.Code;
        var pos = (uint)tb.LastI < (uint)code.Positions.Length ? code.Positions[tb.LastI] : default;
        return new FrameEntry(code.co_filename, tb.LineNo, code.co_name, pos);
    }

    public static void FormatTraceback(StringBuilder sb, PyTraceback first)
    {
        var ctx = new PrintContext();
        var frames = new List<FrameEntry>();
        for (var t = first; t is not null; t = t.Next) frames.Add(EntryOf(t));
        FormatFrames(ctx, frames, TracebackLimit, fromEnd: true);
        sb.Append(ctx.ToString());
    }

    /// <summary>
    /// StackSummary.format / tb_print_internal: one chunk per frame, runs of the same frame folded into
    /// "[Previous line repeated N more times]". <paramref name="limit"/> keeps the last (fromEnd) or
    /// first frames.
    /// </summary>
    public static void FormatFrames(PrintContext ctx, List<FrameEntry> frames, int limit, bool fromEnd)
    {
        int startIndex = 0, count0 = frames.Count;
        if (limit >= 0 && count0 > limit)
        {
            if (fromEnd) startIndex = count0 - limit;
            else count0 = limit;
        }
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (int i = startIndex; i < count0; i++)
        {
            var fe = frames[i];
            if (lastFile is null || fe.Filename != lastFile || lastLine == -1 || fe.Lineno != lastLine || fe.Name != lastName)
            {
                if (count > RecursiveCutoff) AppendRepeated(ctx, count - RecursiveCutoff);
                lastFile = fe.Filename;
                lastLine = fe.Lineno;
                lastName = fe.Name;
                count = 0;
            }
            count++;
            if (count <= RecursiveCutoff)
            {
                var sb = new StringBuilder();
                FormatEntry(sb, fe);
                ctx.Emit(sb.ToString());
            }
        }
        if (count > RecursiveCutoff) AppendRepeated(ctx, count - RecursiveCutoff);
    }

    private static void AppendRepeated(PrintContext ctx, int n) =>
        ctx.Emit($"  [Previous line repeated {n} more time{(n > 1 ? "s" : "")}]\n");

    /// <summary>One frame: the File line, the stripped source line and the 3.11 caret line.</summary>
    public static void FormatEntry(StringBuilder sb, FrameEntry fe)
    {
        FormatEntryLines(sb, fe);
        if (fe.LocalsText is { } locals) sb.Append(locals);
    }

    private static void FormatEntryLines(StringBuilder sb, FrameEntry fe)
    {
        int line = fe.Lineno;
        sb.Append("  File \"").Append(fe.Filename).Append("\", line ").Append(line < 0 ? "None" : line.ToString())
          .Append(", in ").Append(fe.Name).Append('\n');
        var source = fe.SourceLine ?? GetLine(fe.Filename, line);
        if (source is null) return;
        var stripped = source.Trim();
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');
        var pos = fe.Position;
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
