// Translates Python regular-expression syntax (CPython's Lib/re/_parser.py) into .NET's
// System.Text.RegularExpressions syntax. The walk mirrors _parser.py's: the same tokenizer (a char or
// a backslash pair), the same checks in the same order, so invalid patterns raise re.error with
// CPython's message and position. Differences between the engines are bridged here:
//  - every capture group becomes an explicitly numbered .NET group `(?<n>...)`, so .NET numbers groups
//    exactly as Python does (it would otherwise number named groups after unnamed ones);
//  - VERBOSE whitespace/comments and (?#...) are dropped here; \Z becomes \z; possessive quantifiers
//    become atomic groups; {,n} becomes {0,n}; \w and \s get Python's Unicode definitions, and ASCII
//    mode gets explicit ASCII classes and boundaries;
//  - widths are computed as _parser.py's getwidth does, to reject variable-width look-behinds.
namespace GilRuntime.Core.Modules.Re;

using System.Text;
using GilRuntime.Core.Objects;

internal sealed class RegexTranslator
{
    public const int FlagTemplate = 1, FlagIgnoreCase = 2, FlagLocale = 4, FlagMultiline = 8, FlagDotAll = 16,
        FlagUnicode = 32, FlagVerbose = 64, FlagDebug = 128, FlagAscii = 256;

    private const long MaxRepeat = 4294967295;
    private const long MaxWidth = long.MaxValue / 4;

    private readonly string _p;
    private readonly PyObject _patternObj;
    private readonly PyStr? _patternStr;
    private readonly bool _isText;
    private int _index;        // UTF-16 index of the char after the current token
    private string? _next;     // the current token: one char, or a backslash and one char

    private readonly StringBuilder _out = new();
    public int Flags;
    public readonly Dictionary<string, int> GroupIndex = new();
    public readonly List<string?> GroupNames = [null];
    /// <summary>The capture group directly enclosing each group (0 for none).</summary>
    public readonly List<int> GroupParents = [0];
    private readonly Stack<int> _openGroups = new();
    private readonly List<(long Lo, long Hi)?> _groupWidths = [(0, 0)];
    private int? _lookbehindGroups;
    private readonly Dictionary<int, int> _groupRefPos = new();
    private bool _badLookbehind;

    public int Groups => _groupWidths.Count;
    /// <summary>The fewest characters a match can span (0: the pattern can match empty).</summary>
    public long MinWidth;
    public string Output => _out.ToString();

    private RegexTranslator(string pattern, PyObject patternObj, bool isText, int flags)
    {
        _p = pattern;
        _patternObj = patternObj;
        _patternStr = patternObj as PyStr;
        _isText = isText;
        Flags = flags;
        Advance();
    }

    /// <summary>Parses and translates; the result's Flags hold the global flags (inline ones included).</summary>
    public static RegexTranslator Translate(string pattern, PyObject patternObj, bool isText, int flags)
    {
        var t = new RegexTranslator(pattern, patternObj, isText, flags);
        t.MinWidth = t.ParseSub((flags & FlagVerbose) != 0, (flags & FlagAscii) != 0, true).Lo;
        t.FixFlags();
        if (t._next is not null) throw t.Error("unbalanced parenthesis");
        foreach (var (g, pos) in t._groupRefPos)
            if (g >= t.Groups) throw ReModule.MakeError($"invalid group reference {g}", t._patternObj, pos);
        if (t._badLookbehind) throw ReModule.MakeError("look-behind requires fixed-width pattern", null, -1);
        return t;
    }

    private void FixFlags()
    {
        if (_isText)
        {
            if ((Flags & FlagLocale) != 0) throw PyErr.ValueError("cannot use LOCALE flag with a str pattern");
            if ((Flags & FlagAscii) == 0) Flags |= FlagUnicode;
            else if ((Flags & FlagUnicode) != 0) throw PyErr.ValueError("ASCII and UNICODE flags are incompatible");
        }
        else
        {
            if ((Flags & FlagUnicode) != 0) throw PyErr.ValueError("cannot use UNICODE flag with a bytes pattern");
            if ((Flags & FlagLocale) != 0 && (Flags & FlagAscii) != 0) throw PyErr.ValueError("ASCII and LOCALE flags are incompatible");
        }
    }

    // ---- tokenizer (_parser.Tokenizer) ------------------------------------------------------------

    private void Advance()
    {
        int i = _index;
        if (i >= _p.Length) { _next = null; return; }
        char c = _p[i];
        if (c == '\\')
        {
            if (i + 1 >= _p.Length)
                throw ReModule.MakeError("bad escape (end of pattern)", _patternObj, CpPos(_p.Length) - 1);
            _next = _p.Substring(i, 2);
            _index = i + 2;
            return;
        }
        if (char.IsHighSurrogate(c) && i + 1 < _p.Length && char.IsLowSurrogate(_p[i + 1]))
        {
            _next = _p.Substring(i, 2);
            _index = i + 2;
            return;
        }
        _next = c.ToString();
        _index = i + 1;
    }

    private bool Match(char c)
    {
        if (_next is { Length: 1 } n && n[0] == c) { Advance(); return true; }
        return false;
    }

    private string? Get()
    {
        var t = _next;
        Advance();
        return t;
    }

    private bool NextIs(char c) => _next is { Length: 1 } n && n[0] == c;
    private bool NextIsDigit() => _next is { Length: 1 } n && n[0] >= '0' && n[0] <= '9';
    private bool NextIsOct() => _next is { Length: 1 } n && n[0] >= '0' && n[0] <= '7';
    private bool NextIsHex() => _next is { Length: 1 } n && char.IsAsciiHexDigit(n[0]);

    /// <summary>Position (in code points) of the current token.</summary>
    private int Tell() => CpPos(_index - (_next?.Length ?? 0));
    private int CpPos(int utf16) => _patternStr is null ? utf16 : _patternStr.Utf16ToCp(utf16);

    private PyException Error(string msg, int offset = 0) => ReModule.MakeError(msg, _patternObj, Tell() - offset);

    private string GetUntil(char terminator, string name)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var c = _next;
            Advance();
            if (c is null)
            {
                if (sb.Length == 0) throw Error("missing " + name);
                throw Error($"missing {terminator}, unterminated name", sb.Length);
            }
            if (c.Length == 1 && c[0] == terminator)
            {
                if (sb.Length == 0) throw Error("missing " + name, 1);
                break;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private void CheckGroupName(string name, int offset)
    {
        if (!IsIdentifier(name))
            throw Error($"bad character in group name {PyStr.ReprOf(name)}", name.Length + offset);
    }

    internal static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool ok = c == '_' || char.IsLetter(c) || (i > 0 && (char.IsDigit(c) || char.GetUnicodeCategory(c)
                is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.ConnectorPunctuation)) || char.IsSurrogate(c);
            if (!ok) return false;
        }
        return true;
    }

    // ---- groups (_parser.State) -------------------------------------------------------------------

    private int OpenGroup(string? name)
    {
        int gid = Groups;
        _groupWidths.Add(null);
        GroupNames.Add(name);
        GroupParents.Add(_openGroups.Count == 0 ? 0 : _openGroups.Peek());
        if (name is not null)
        {
            if (GroupIndex.TryGetValue(name, out int ogid))
                throw Error($"redefinition of group name {PyStr.ReprOf(name)} as group {gid}; was group {ogid}", name.Length + 1);
            GroupIndex[name] = gid;
        }
        return gid;
    }

    private bool CheckGroup(int gid) => gid < Groups && _groupWidths[gid] is not null;

    private void CheckLookbehindGroup(int gid)
    {
        if (_lookbehindGroups is { } lb)
        {
            if (!CheckGroup(gid)) throw Error("cannot refer to an open group");
            if (gid >= lb) throw Error("cannot refer to group defined in the same lookbehind subpattern");
        }
    }

    // ---- parsing --------------------------------------------------------------------------------------

    private static (long, long) AddW((long Lo, long Hi) a, (long Lo, long Hi) b) =>
        (Math.Min(a.Lo + b.Lo, MaxWidth), Math.Min(a.Hi + b.Hi, MaxWidth));

    /// <summary>_parse_sub: alternatives separated by '|'. Returns the (min, max) width.</summary>
    private (long Lo, long Hi) ParseSub(bool verbose, bool ascii, bool first = false)
    {
        var w = ParseSeq(ref verbose, ref ascii, first);
        if (!NextIs('|')) return w;
        long lo = w.Lo, hi = w.Hi;
        while (Match('|'))
        {
            _out.Append('|');
            var b = ParseSeq(ref verbose, ref ascii, false);
            lo = Math.Min(lo, b.Lo);
            hi = Math.Max(hi, b.Hi);
        }
        return (lo, hi);
    }

    private enum ItemKind { None, At, Repeat, Unit }

    /// <summary>_parse: one branch, up to '|' or ')' or the end.</summary>
    private (long Lo, long Hi) ParseSeq(ref bool verbose, ref bool ascii, bool first)
    {
        (long Lo, long Hi) total = (0, 0);
        int itemStart = -1;
        var itemKind = ItemKind.None;
        (long Lo, long Hi) itemW = (0, 0);
        bool any = false; // subpattern non-empty (for the global-flags check)

        while (true)
        {
            var tok = _next;
            if (tok is null) break;
            if (tok.Length == 1 && (tok[0] == '|' || tok[0] == ')')) break;
            Advance();

            if (verbose && tok.Length == 1)
            {
                char v = tok[0];
                if (v is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') continue;
                if (v == '#')
                {
                    while (true)
                    {
                        var t = Get();
                        if (t is null || t == "\n") break;
                    }
                    continue;
                }
            }

            int start = _out.Length;
            if (tok[0] == '\\' && tok.Length == 2)
            {
                itemKind = EmitEscape(tok, ascii, out itemW);
                itemStart = start;
                total = AddW(total, itemW);
                any = true;
                continue;
            }
            char c = tok[0];
            if (tok.Length == 2 || "[](){}.^$*+?|\\".IndexOf(c) < 0)
            {
                EmitLiteral(tok);
                itemStart = start; itemKind = ItemKind.Unit; itemW = (1, 1);
                total = AddW(total, itemW);
                any = true;
                continue;
            }
            switch (c)
            {
                case '[':
                    ParseClass(ascii);
                    itemStart = start; itemKind = ItemKind.Unit; itemW = (1, 1);
                    total = AddW(total, itemW);
                    any = true;
                    continue;
                case '.':
                    _out.Append('.');
                    itemStart = start; itemKind = ItemKind.Unit; itemW = (1, 1);
                    total = AddW(total, itemW);
                    any = true;
                    continue;
                case '^':
                    _out.Append('^');
                    itemStart = start; itemKind = ItemKind.At; itemW = (0, 0);
                    any = true;
                    continue;
                case '$':
                    _out.Append('$');
                    itemStart = start; itemKind = ItemKind.At; itemW = (0, 0);
                    any = true;
                    continue;
                case '(':
                    {
                        var r = ParseGroup(ref verbose, ref ascii, first && !any, start);
                        if (r is null) continue; // comment or global flags: no item
                        itemStart = start; itemKind = ItemKind.Unit; itemW = r.Value;
                        total = AddW(total, itemW);
                        any = true;
                        continue;
                    }
            }
            // repeat characters: ? * + {
            int here = Tell();
            long min, max;
            if (c == '?') { min = 0; max = 1; }
            else if (c == '*') { min = 0; max = MaxRepeat; }
            else if (c == '+') { min = 1; max = MaxRepeat; }
            else
            {
                // '{'
                if (NextIs('}'))
                {
                    EmitLiteral("{");
                    itemStart = start; itemKind = ItemKind.Unit; itemW = (1, 1);
                    total = AddW(total, itemW);
                    any = true;
                    continue;
                }
                int save = _index - (_next?.Length ?? 0);
                string lo = "", hi = "";
                while (NextIsDigit()) lo += Get();
                if (Match(','))
                {
                    while (NextIsDigit()) hi += Get();
                }
                else hi = lo;
                if (!Match('}'))
                {
                    _index = save;
                    Advance();
                    EmitLiteral("{");
                    itemStart = start; itemKind = ItemKind.Unit; itemW = (1, 1);
                    total = AddW(total, itemW);
                    any = true;
                    continue;
                }
                min = 0; max = MaxRepeat;
                if (lo.Length > 0)
                {
                    if (!long.TryParse(lo, out min) || min >= MaxRepeat) throw PyErr.OverflowError("the repetition number is too large");
                }
                if (hi.Length > 0)
                {
                    if (!long.TryParse(hi, out max) || max >= MaxRepeat) throw PyErr.OverflowError("the repetition number is too large");
                    if (max < min) throw Error("min repeat greater than max repeat", Tell() - here);
                }
            }
            if (itemKind is ItemKind.None or ItemKind.At)
                throw Error("nothing to repeat", Tell() - here + tok.Length);
            if (itemKind == ItemKind.Repeat)
                throw Error("multiple repeat", Tell() - here + tok.Length);
            // replace the item's width with the repeated width
            total = (total.Lo - itemW.Lo, total.Hi - itemW.Hi);
            long rlo = itemW.Lo * min;
            long rhi = max == MaxRepeat || itemW.Hi >= MaxWidth ? (itemW.Hi == 0 ? 0 : MaxWidth) : Math.Min(itemW.Hi * max, MaxWidth);
            if (rlo > MaxWidth || (min != 0 && rlo / min != itemW.Lo)) rlo = MaxWidth;
            itemW = (rlo, rhi);
            total = AddW(total, itemW);
            string q = c switch
            {
                '?' => "?",
                '*' => "*",
                '+' => "+",
                _ => max == MaxRepeat ? $"{{{min},}}" : min == max ? $"{{{min}}}" : $"{{{min},{max}}}",
            };
            if (Match('?'))
            {
                _out.Append(q).Append('?');
            }
            else if (Match('+'))
            {
                _out.Insert(itemStart, "(?>");
                _out.Append(q).Append(')');
            }
            else _out.Append(q);
            itemKind = ItemKind.Repeat;
        }
        return total;
    }

    /// <summary>After '(' : groups, extensions, flags. Null when nothing was emitted (comment, global flags).</summary>
    private (long, long)? ParseGroup(ref bool verbose, ref bool ascii, bool atStart, int outStart)
    {
        int start = Tell() - 1;
        bool capture = true, atomic = false;
        string? name = null;
        int addFlags = 0, delFlags = 0;
        if (Match('?'))
        {
            var ch = Get();
            if (ch is null) throw Error("unexpected end of pattern");
            if (ch == "P")
            {
                if (Match('<'))
                {
                    name = GetUntil('>', "group name");
                    CheckGroupName(name, 1);
                }
                else if (Match('='))
                {
                    var refName = GetUntil(')', "group name");
                    CheckGroupName(refName, 1);
                    if (!GroupIndex.TryGetValue(refName, out int gid))
                        throw Error($"unknown group name {PyStr.ReprOf(refName)}", refName.Length + 1);
                    if (!CheckGroup(gid)) throw Error("cannot refer to an open group", refName.Length + 1);
                    CheckLookbehindGroup(gid);
                    _out.Append("(?:\\k<").Append(gid).Append(">)");
                    return _groupWidths[gid]!.Value;
                }
                else
                {
                    var c2 = Get();
                    if (c2 is null) throw Error("unexpected end of pattern");
                    throw Error("unknown extension ?P" + c2, c2.Length + 2);
                }
            }
            else if (ch == ":") capture = false;
            else if (ch == "#")
            {
                while (true)
                {
                    if (_next is null) throw Error("missing ), unterminated comment", Tell() - start);
                    if (Get() == ")") break;
                }
                return null;
            }
            else if (ch is "=" or "!" or "<")
            {
                bool behind = false;
                if (ch == "<")
                {
                    ch = Get();
                    if (ch is null) throw Error("unexpected end of pattern");
                    if (ch is not ("=" or "!")) throw Error("unknown extension ?<" + ch, ch.Length + 2);
                    behind = true;
                }
                int? savedLb = _lookbehindGroups;
                if (behind && _lookbehindGroups is null) _lookbehindGroups = Groups;
                _out.Append(behind ? (ch == "=" ? "(?:(?<=" : "(?:(?<!") : (ch == "=" ? "(?:(?=" : "(?:(?!"));
                var w = ParseSub(verbose, ascii);
                if (behind && savedLb is null) _lookbehindGroups = null;
                if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
                _out.Append("))");
                if (behind && w.Lo != w.Hi) _badLookbehind = true;
                return (0, 0);
            }
            else if (ch == "(")
            {
                var condName = GetUntil(')', "group name");
                int condGroup;
                if (IsIdentifier(condName))
                {
                    if (!GroupIndex.TryGetValue(condName, out condGroup))
                        throw Error($"unknown group name {PyStr.ReprOf(condName)}", condName.Length + 1);
                }
                else
                {
                    if (!int.TryParse(condName, System.Globalization.NumberStyles.None, null, out condGroup))
                        throw Error($"bad character in group name {PyStr.ReprOf(condName)}", condName.Length + 1);
                    if (condGroup == 0) throw Error("bad group number", condName.Length + 1);
                    if (condGroup >= 100) throw Error($"invalid group reference {condGroup}", condName.Length + 1);
                    _groupRefPos.TryAdd(condGroup, Tell() - condName.Length - 1);
                }
                CheckLookbehindGroup(condGroup);
                _out.Append("(?(").Append(condGroup).Append(')');
                var yes = ParseSeq(ref verbose, ref ascii, false);
                (long, long) no = (0, 0);
                bool hasNo = false;
                if (Match('|'))
                {
                    _out.Append('|');
                    no = ParseSeq(ref verbose, ref ascii, false);
                    hasNo = true;
                    if (NextIs('|')) throw Error("conditional backref with more than two branches");
                }
                if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
                _out.Append(')');
                if (!hasNo) return (Math.Min(yes.Lo, 0), yes.Hi);
                return (Math.Min(yes.Lo, no.Item1), Math.Max(yes.Hi, no.Item2));
            }
            else if (ch == ">")
            {
                capture = false;
                atomic = true;
            }
            else if (ch.Length == 1 && ("iLmsxatu".Contains(ch[0]) || ch == "-"))
            {
                var f = ParseFlags(ch[0]);
                if (f is null)
                {
                    if (!atStart) throw Error("global flags not at the start of the expression", Tell() - start);
                    verbose = (Flags & FlagVerbose) != 0;
                    ascii = (Flags & FlagAscii) != 0 || !_isText;
                    return null;
                }
                (addFlags, delFlags) = f.Value;
                capture = false;
            }
            else throw Error("unknown extension ?" + ch, ch.Length + 1);
        }

        int group = -1;
        if (capture) group = OpenGroup(name);
        bool subVerbose = (verbose || (addFlags & FlagVerbose) != 0) && (delFlags & FlagVerbose) == 0;
        bool subAscii = (addFlags & FlagAscii) != 0 || (ascii && (addFlags & FlagUnicode) == 0);
        if (group >= 0) _out.Append("(?<").Append(group).Append('>');
        else if (atomic) _out.Append("(?>");
        else if (((addFlags | delFlags) & (FlagIgnoreCase | FlagMultiline | FlagDotAll)) != 0)
        {
            _out.Append("(?");
            if ((addFlags & FlagIgnoreCase) != 0) _out.Append('i');
            if ((addFlags & FlagMultiline) != 0) _out.Append('m');
            if ((addFlags & FlagDotAll) != 0) _out.Append('s');
            if ((delFlags & (FlagIgnoreCase | FlagMultiline | FlagDotAll)) != 0)
            {
                _out.Append('-');
                if ((delFlags & FlagIgnoreCase) != 0) _out.Append('i');
                if ((delFlags & FlagMultiline) != 0) _out.Append('m');
                if ((delFlags & FlagDotAll) != 0) _out.Append('s');
            }
            _out.Append(':');
        }
        else _out.Append("(?:");
        if (group >= 0) _openGroups.Push(group);
        var width = ParseSub(subVerbose, subAscii);
        if (group >= 0) _openGroups.Pop();
        if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
        _out.Append(')');
        if (group >= 0) _groupWidths[group] = width;
        return width;
    }

    private static int FlagOf(char c) => c switch
    {
        'i' => FlagIgnoreCase, 'L' => FlagLocale, 'm' => FlagMultiline, 's' => FlagDotAll, 'x' => FlagVerbose,
        'a' => FlagAscii, 't' => FlagTemplate, 'u' => FlagUnicode, _ => 0,
    };

    private const int TypeFlags = FlagAscii | FlagLocale | FlagUnicode;
    private const int GlobalFlags = FlagDebug | FlagTemplate;

    /// <summary>_parse_flags: null for global flags "(?imsx)", else (add, del) for "(?i-s:...)".</summary>
    private (int, int)? ParseFlags(char ch)
    {
        int add = 0, del = 0;
        string? c = ch.ToString();
        if (ch != '-')
        {
            while (true)
            {
                int flag = FlagOf(c![0]);
                if (_isText && c == "L") throw Error("bad inline flags: cannot use 'L' flag with a str pattern");
                if (!_isText && c == "u") throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                add |= flag;
                if ((flag & TypeFlags) != 0 && (add & TypeFlags) != flag)
                    throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                c = Get();
                if (c is null) throw Error("missing -, : or )");
                if (c is ")" or "-" or ":") break;
                if (c.Length != 1 || FlagOf(c[0]) == 0)
                    throw Error(char.IsLetter(c[0]) ? "unknown flag" : "missing -, : or )", c.Length);
            }
        }
        if (c == ")")
        {
            Flags |= add;
            return null;
        }
        if ((add & GlobalFlags) != 0) throw Error("bad inline flags: cannot turn on global flag", 1);
        if (c == "-")
        {
            c = Get();
            if (c is null) throw Error("missing flag");
            if (c.Length != 1 || FlagOf(c[0]) == 0)
                throw Error(char.IsLetter(c[0]) ? "unknown flag" : "missing flag", c.Length);
            while (true)
            {
                int flag = FlagOf(c![0]);
                if ((flag & TypeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                del |= flag;
                c = Get();
                if (c is null) throw Error("missing :");
                if (c == ":") break;
                if (c.Length != 1 || FlagOf(c[0]) == 0)
                    throw Error(char.IsLetter(c[0]) ? "unknown flag" : "missing :", c.Length);
            }
        }
        if ((del & GlobalFlags) != 0) throw Error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw Error("bad inline flags: flag turned on and off", 1);
        return (add, del);
    }

    // ---- escapes ----------------------------------------------------------------------------------------

    private const string AsciiWord = "a-zA-Z0-9_";
    private const string AsciiNotWordClass = "\\x00-/:-@\\[-\\^`{-\\uFFFF";

    private ItemKind EmitEscape(string esc, bool ascii, out (long, long) width)
    {
        width = (1, 1);
        char c = esc[1];
        switch (c)
        {
            case 'A': _out.Append("\\A"); width = (0, 0); return ItemKind.At;
            case 'Z': _out.Append("\\z"); width = (0, 0); return ItemKind.At;
            case 'b':
                if (ascii) _out.Append("(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))");
                else _out.Append("\\b");
                width = (0, 0);
                return ItemKind.At;
            case 'B':
                if (ascii) _out.Append("(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))");
                else _out.Append("\\B");
                width = (0, 0);
                return ItemKind.At;
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
                _out.Append('[');
                if (c is 'D' or 'W' or 'S') _out.Append('^');
                AppendCategory(char.ToLowerInvariant(c), ascii);
                _out.Append(']');
                return ItemKind.Unit;
        }
        int cp = ParseCharEscape(esc, inClass: false, out int groupRef);
        if (groupRef >= 0)
        {
            _out.Append("(?:\\k<").Append(groupRef).Append(">)");
            width = _groupWidths[groupRef]!.Value;
            return ItemKind.Unit;
        }
        EmitLiteralCp(cp);
        return ItemKind.Unit;
    }

    /// <summary>The positive class body of \d, \w or \s (without brackets).</summary>
    private void AppendCategory(char c, bool ascii)
    {
        switch (c)
        {
            case 'd': _out.Append(ascii || !_isText ? "0-9" : "\\d"); break;
            case 'w': _out.Append(ascii || !_isText ? AsciiWord : "\\p{L}\\p{N}_"); break;
            default: _out.Append(ascii || !_isText ? " \\t\\n\\r\\f\\v" : "\\s\\x1c-\\x1f"); break;
        }
    }

    /// <summary>
    /// Character escapes shared by patterns and classes (_escape / _class_escape): returns the code point,
    /// or sets <paramref name="groupRef"/> to a back-reference number (patterns only).
    /// </summary>
    private int ParseCharEscape(string esc, bool inClass, out int groupRef)
    {
        groupRef = -1;
        char c = esc[1];
        switch (c)
        {
            case 'a': return 7;
            case 'b': return 8; // only reached inside a class
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return '\v';
            case '\\': return '\\';
            case 'x':
                {
                    var s = esc;
                    for (int k = 0; k < 2 && NextIsHex(); k++) s += Get();
                    if (s.Length != 4) throw Error("incomplete escape " + s, s.Length);
                    return Convert.ToInt32(s[2..], 16);
                }
            case 'u' when _isText:
                {
                    var s = esc;
                    for (int k = 0; k < 4 && NextIsHex(); k++) s += Get();
                    if (s.Length != 6) throw Error("incomplete escape " + s, s.Length);
                    return Convert.ToInt32(s[2..], 16);
                }
            case 'U' when _isText:
                {
                    var s = esc;
                    for (int k = 0; k < 8 && NextIsHex(); k++) s += Get();
                    if (s.Length != 10) throw Error("incomplete escape " + s, s.Length);
                    long v = Convert.ToInt64(s[2..], 16);
                    if (v > 0x10FFFF) throw Error("bad escape " + s, s.Length);
                    return (int)v;
                }
            case 'N' when _isText:
                {
                    if (!Match('{')) throw Error("missing {");
                    var charName = GetUntil('}', "character name");
                    int named = Compiler.Tokenizing.UnicodeNames.Lookup(charName);
                    if (named < 0) throw Error($"undefined character name {PyStr.ReprOf(charName)}", charName.Length + 4);
                    return named;
                }
        }
        if (inClass)
        {
            if (c >= '0' && c <= '7')
            {
                var s = esc;
                for (int k = 0; k < 2 && NextIsOct(); k++) s += Get();
                int v = Convert.ToInt32(s[1..], 8);
                if (v > 255) throw Error($"octal escape value {s} outside of range 0-0o377", s.Length);
                return v;
            }
            if (c is '8' or '9') throw Error("bad escape " + esc, esc.Length);
        }
        else if (c == '0')
        {
            var s = esc;
            for (int k = 0; k < 2 && NextIsOct(); k++) s += Get();
            return Convert.ToInt32(s[1..], 8);
        }
        else if (c >= '1' && c <= '9')
        {
            var s = esc;
            if (NextIsDigit())
            {
                s += Get();
                if (s[1] <= '7' && s[2] <= '7' && NextIsOct())
                {
                    s += Get();
                    int v = Convert.ToInt32(s[1..], 8);
                    if (v > 255) throw Error($"octal escape value {s} outside of range 0-0o377", s.Length);
                    return v;
                }
            }
            int group = int.Parse(s[1..]);
            if (group < Groups)
            {
                if (!CheckGroup(group)) throw Error("cannot refer to an open group", s.Length);
                CheckLookbehindGroup(group);
                groupRef = group;
                return -1;
            }
            throw Error($"invalid group reference {group}", s.Length - 1);
        }
        if (char.IsAsciiLetter(c)) throw Error("bad escape " + esc, esc.Length);
        return c;
    }

    // ---- literals and classes -------------------------------------------------------------------------

    private void EmitLiteral(string tok)
    {
        if (tok.Length == 2) { _out.Append("(?:").Append(tok).Append(')'); return; } // a surrogate pair
        EmitLiteralCp(tok[0]);
    }

    private void EmitLiteralCp(int cp)
    {
        if (cp > 0xFFFF) { _out.Append("(?:").Append(char.ConvertFromUtf32(cp)).Append(')'); return; }
        char c = (char)cp;
        if ("\\*+?|{}[]()^$.#".IndexOf(c) >= 0 || c == ' ') _out.Append('\\').Append(c);
        else if (c < 0x20 || c == 0x7f || char.IsSurrogate(c)) _out.Append("\\u").Append(((int)c).ToString("X4"));
        else _out.Append(c);
    }

    private void EmitClassChar(int cp)
    {
        if (cp > 0xFFFF) { _out.Append(char.ConvertFromUtf32(cp)); return; }
        char c = (char)cp;
        if (c is '\\' or ']' or '[' or '^' or '-') _out.Append('\\').Append(c);
        else if (c < 0x20 || c == 0x7f || char.IsSurrogate(c)) _out.Append("\\u").Append(((int)c).ToString("X4"));
        else _out.Append(c);
    }

    /// <summary>A character set after '[' (the set part of _parse).</summary>
    private void ParseClass(bool ascii)
    {
        int here = Tell() - 1;
        int outStart = _out.Length;
        _out.Append('[');
        if (Match('^')) _out.Append('^');
        bool empty = true;
        bool negatedCategory = false; // \D, \W or \S inside the set
        var negated = new StringBuilder();
        while (true)
        {
            var tok = Get();
            if (tok is null) throw Error("unterminated character set", Tell() - here);
            if (tok == "]" && !empty) break;
            int lo;
            bool loIsCategory = false;
            if (tok[0] == '\\' && tok.Length == 2)
            {
                char e = tok[1];
                if (e is 'd' or 'w' or 's' or 'D' or 'W' or 'S')
                {
                    if (e is 'd' or 'w' or 's') AppendCategory(e, ascii);
                    else
                    {
                        negatedCategory = true;
                        negated.Append(e);
                    }
                    loIsCategory = true;
                    lo = -1;
                }
                else lo = ParseCharEscape(tok, inClass: true, out _);
            }
            else lo = tok.Length == 2 ? char.ConvertToUtf32(tok[0], tok[1]) : tok[0];
            empty = false;
            if (Match('-'))
            {
                var that = Get();
                if (that is null) throw Error("unterminated character set", Tell() - here);
                if (that == "]")
                {
                    if (!loIsCategory) EmitClassChar(lo);
                    EmitClassChar('-');
                    break;
                }
                int hi;
                bool hiIsCategory = false;
                if (that[0] == '\\' && that.Length == 2)
                {
                    if (that[1] is 'd' or 'w' or 's' or 'D' or 'W' or 'S') { hiIsCategory = true; hi = -1; }
                    else hi = ParseCharEscape(that, inClass: true, out _);
                }
                else hi = that.Length == 2 ? char.ConvertToUtf32(that[0], that[1]) : that[0];
                if (loIsCategory || hiIsCategory || hi < lo)
                    throw Error($"bad character range {tok}-{that}", tok.Length + 1 + that.Length);
                EmitClassChar(lo);
                _out.Append('-');
                EmitClassChar(hi);
            }
            else if (!loIsCategory) EmitClassChar(lo);
        }
        if (negatedCategory)
        {
            // .NET cannot put a negated Python category inside a set; use .NET's own \D \W \S there
            // (ASCII mode spells the complements out exactly).
            foreach (char e in negated.ToString())
            {
                if (ascii || !_isText)
                    _out.Append(e switch
                    {
                        'D' => "\\x00-/:-\\uFFFF",
                        'W' => AsciiNotWordClass,
                        _ => "\\x00-\\x08\\x0e-\\x1f!-\\uFFFF",
                    });
                else _out.Append('\\').Append(e);
            }
        }
        _out.Append(']');
    }
}
