// re.Pattern (CPython's PatternObject in Modules/_sre/sre.c) over a translated .NET Regex. match and
// fullmatch use anchored variants of the same expression (\G...), built on first use. findall,
// finditer, sub and split share one scanner with Python 3.7's empty-match rule: after an empty match
// the next match may start at the same place only if it is not empty.
namespace GilRuntime.Core.Modules.Re;

using System.Text;
using System.Text.RegularExpressions;
using GilRuntime.Core.Objects;

public sealed class PyPattern : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    internal readonly PyObject Source;     // the pattern as given (str or bytes)
    internal readonly bool IsBytes;
    internal readonly int Flags;
    internal readonly int Groups;          // number of capture groups
    internal readonly Dictionary<string, int> GroupIndexMap;
    // No empty match is possible: .NET's own iteration then agrees with sre's, so loops can use the
    // allocation-free EnumerateMatches.
    private readonly bool _neverEmpty;
    private readonly string?[] _groupNames;
    private readonly int[] _groupParents;
    private readonly string _netPattern;
    private RegexOptions _options;
    private Regex _search;
    private Regex? _match, _full, _nonEmpty;
    // Tiering: regexes start interpreted (cheap to build); a pattern used often is rebuilt with
    // RegexOptions.Compiled, whose matching is several times faster.
    private int _uses;
    private const int CompileAfterUses = 256;
    private PyObject? _templateSource;     // the last replacement template and its parse
    private ReTemplate? _template;

    internal PyPattern(PyObject source, bool isBytes, string text, int flags)
    {
        Source = source;
        IsBytes = isBytes;
        var t = RegexTranslator.Translate(text, source, !isBytes, flags);
        Flags = t.Flags;
        Groups = t.Groups - 1;
        GroupIndexMap = t.GroupIndex;
        _neverEmpty = t.MinWidth > 0;
        _groupNames = t.GroupNames.ToArray();
        _groupParents = t.GroupParents.ToArray();
        _netPattern = t.Output;
        var opts = RegexOptions.CultureInvariant;
        if ((Flags & RegexTranslator.FlagIgnoreCase) != 0) opts |= RegexOptions.IgnoreCase;
        if ((Flags & RegexTranslator.FlagMultiline) != 0) opts |= RegexOptions.Multiline;
        if ((Flags & RegexTranslator.FlagDotAll) != 0) opts |= RegexOptions.Singleline;
        _options = opts;
        _search = Build(_netPattern);
    }

    private Regex Build(string pattern)
    {
        try
        {
            return new Regex(pattern, _options);
        }
        catch (ArgumentException e)
        {
            // The translator accepts only what CPython accepts; a .NET refusal is an engine limit.
            throw ReModule.MakeError("unsupported pattern: " + e.Message, null, -1);
        }
    }

    /// <summary>Counts a use; past the threshold, switches every variant to compiled regexes.</summary>
    private void Tick(int work = 1)
    {
        if (_uses >= CompileAfterUses) return;
        _uses += work;
        if (_uses < CompileAfterUses) return;
        _options |= RegexOptions.Compiled;
        _search = Build(_netPattern);
        _match = _full = _nonEmpty = null;
    }

    private Regex MatchRegex => _match ??= Build("\\G(?:" + _netPattern + ")");
    private Regex FullRegex => _full ??= Build("\\G(?:" + _netPattern + ")\\z");
    private Regex NonEmptyRegex => _nonEmpty ??= Build("\\G(?:" + _netPattern + ")(?!\\G)");

    public override PyType Type => TypeObject;

    internal string? GroupNameOf(int g) => _groupNames[g];

    /// <summary>True when capture group <paramref name="outer"/> encloses group <paramref name="inner"/>.</summary>
    internal bool Encloses(int outer, int inner)
    {
        for (int g = _groupParents[inner]; g != 0; g = _groupParents[g])
            if (g == outer) return true;
        return false;
    }

    internal IEnumerable<(string Name, int Group)> GroupIndexInOrder()
    {
        for (int g = 1; g < _groupNames.Length; g++)
            if (_groupNames[g] is { } n) yield return (n, g);
    }

    // ---- matching -------------------------------------------------------------------------------------

    internal enum Mode { Search, Match, Full }

    /// <summary>Clamps pos/endpos as state_init does; returns false when pos > endpos (nothing can match).</summary>
    private static bool Clamp(ReSubject s, long pos, long endpos, out int p, out int e)
    {
        int len = s.Length;
        p = pos < 0 ? 0 : pos > len ? len : (int)pos;
        e = endpos < 0 ? 0 : endpos > len ? len : (int)endpos;
        return p <= e;
    }

    internal PyObject Run(Mode mode, PyObject str, long pos, long endpos)
    {
        var s = ReSubject.From(str, IsBytes);
        Tick();
        if (!Clamp(s, pos, endpos, out int p, out int e)) return Py.None;
        int p16 = s.ToUtf16(p), e16 = s.ToUtf16(e);
        string input = e16 == s.Text.Length ? s.Text : s.Text.Substring(0, e16);
        var regex = mode switch { Mode.Search => _search, Mode.Match => MatchRegex, _ => FullRegex };
        var m = regex.Match(input, p16);
        return m.Success ? new PyMatch(this, s, m, p, e) : Py.None;
    }

    /// <summary>Successive matches with the empty-match rule of sre's search loop.</summary>
    internal sealed class Scanner
    {
        private readonly PyPattern _p;
        public readonly ReSubject Subject;
        public readonly string Input;
        public readonly int Pos, EndPos;
        private int _pos16;
        private bool _mustAdvance, _done;
        private int _count;
        public bool Done => _done;
        public int Start16 => _pos16;

        public Scanner(PyPattern p, ReSubject s, long pos, long endpos)
        {
            _p = p;
            Subject = s;
            p.Tick();
            if (!Clamp(s, pos, endpos, out Pos, out EndPos)) { _done = true; Input = s.Text; return; }
            int e16 = s.ToUtf16(EndPos);
            Input = e16 == s.Text.Length ? s.Text : s.Text.Substring(0, e16);
            _pos16 = s.ToUtf16(Pos);
        }

        public Match? Next()
        {
            if (_done) return null;
            var input = Input;
            Match m;
            if (_mustAdvance)
            {
                m = _p.NonEmptyRegex.Match(input, _pos16);
                if (!m.Success)
                {
                    if (_pos16 >= input.Length) { _done = true; return null; }
                    int next = _pos16 + (char.IsHighSurrogate(input[_pos16]) && _pos16 + 1 < input.Length
                        && char.IsLowSurrogate(input[_pos16 + 1]) ? 2 : 1);
                    m = _p._search.Match(input, next);
                }
            }
            else m = _p._search.Match(input, _pos16);
            if (!m.Success) { _done = true; return null; }
            _mustAdvance = m.Length == 0;
            _pos16 = m.Index + m.Length;
            if ((++_count & 7) == 0) _p.Tick();
            return m;
        }
    }

    internal PyList FindAll(PyObject str, long pos, long endpos)
    {
        var sc = new Scanner(this, ReSubject.From(str, IsBytes), pos, endpos);
        var s = sc.Subject;
        var result = new PyList();
        if (Groups == 0 && _neverEmpty)
        {
            if (sc.Done) return result;
            foreach (var vm in _search.EnumerateMatches(sc.Input, sc.Start16))
                result.Append(s.Slice(vm.Index, vm.Index + vm.Length));
            Tick(result.Count / 8);
            return result;
        }
        while (sc.Next() is { } m)
        {
            if (Groups == 0) result.Append(s.Slice(m.Index, m.Index + m.Length));
            else if (Groups == 1) result.Append(GroupOrEmpty(s, m.Groups[1]));
            else
            {
                var items = new PyObject[Groups];
                for (int g = 1; g <= Groups; g++) items[g - 1] = GroupOrEmpty(s, m.Groups[g]);
                result.Append(new PyTuple(items));
            }
        }
        return result;
    }

    private static PyObject GroupOrEmpty(ReSubject s, Group g) =>
        g.Success ? s.Slice(g.Index, g.Index + g.Length) : s.Empty;

    internal ReTemplate CompileTemplate(PyObject repl)
    {
        if (_template is not null && ReferenceEquals(repl, _templateSource)) return _template;
        string text;
        switch (repl)
        {
            case PyStr rs:
                if (IsBytes) throw PyErr.TypeError("sequence item 0: expected a bytes-like object, str found");
                text = rs.Value;
                break;
            case PyBytes or PyByteArray:
                if (!IsBytes) throw PyErr.TypeError($"sequence item 0: expected str instance, {repl.Type.Name} found");
                text = ReSubject.Latin1(BytesOps.AsSpanOrNull(repl, out _));
                break;
            default:
                throw PyErr.TypeError($"decoding to str: need a bytes-like object, {repl.Type.Name} found");
        }
        var t = ReTemplate.Parse(text, repl, !IsBytes, this);
        _templateSource = repl;
        _template = t;
        return t;
    }

    /// <summary>pattern_subx: the new string and the number of replacements.</summary>
    internal (PyObject, int) Sub(PyObject repl, PyObject str, long count)
    {
        var s = ReSubject.From(str, IsBytes);
        ReTemplate? template = null;
        bool callable = repl.IsCallable && repl is not PyStr && repl is not PyBytes;
        if (!callable) template = CompileTemplate(repl);
        var sc = new Scanner(this, s, 0, long.MaxValue);
        var text = s.Text;
        StringBuilder? sb = null;
        int last = 0, n = 0, pieces = 0;
        while (count <= 0 || n < count)
        {
            var m = sc.Next();
            if (m is null) break;
            sb ??= new StringBuilder(text.Length + 16);
            if (m.Index > last) { sb.Append(text, last, m.Index - last); pieces++; }
            if (template is not null)
            {
                if (template.LiteralOnly is { } lit) sb.Append(lit);
                else
                {
                    var pm = new PyMatch(this, s, m, sc.Pos, sc.EndPos);
                    template.AppendTo(sb, pm);
                }
                pieces++;
            }
            else
            {
                var r = repl.Call([new PyMatch(this, s, m, sc.Pos, sc.EndPos)], null);
                if (r is not PyNone)
                {
                    if (IsBytes)
                    {
                        var data = BytesOps.AsSpanOrNull(r, out bool ok);
                        if (!ok) throw PyErr.TypeError($"sequence item {pieces}: expected a bytes-like object, {r.Type.Name} found");
                        sb.Append(ReSubject.Latin1(data));
                    }
                    else
                    {
                        if (r is not PyStr rs) throw PyErr.TypeError($"sequence item {pieces}: expected str instance, {r.Type.Name} found");
                        sb.Append(rs.Value);
                    }
                    pieces++;
                }
            }
            last = m.Index + m.Length;
            n++;
        }
        if (sb is null)
        {
            if (str is PyStr || str is PyBytes) return (str, 0);
            return (s.Slice(0, text.Length), 0);
        }
        sb.Append(text, last, text.Length - last);
        PyObject result = IsBytes ? PyBytes.From(ReSubject.ToLatin1Bytes(sb.ToString())) : PyStr.From(sb.ToString());
        return (result, n);
    }

    internal PyList Split(PyObject str, long maxsplit)
    {
        var s = ReSubject.From(str, IsBytes);
        var result = new PyList();
        if (maxsplit < 0) { result.Append(s.Slice(0, s.Text.Length)); return result; }
        var sc = new Scanner(this, s, 0, long.MaxValue);
        int last = 0, n = 0;
        while (maxsplit == 0 || n < maxsplit)
        {
            var m = sc.Next();
            if (m is null) break;
            result.Append(s.Slice(last, m.Index));
            for (int g = 1; g <= Groups; g++)
            {
                var grp = m.Groups[g];
                result.Append(grp.Success ? s.Slice(grp.Index, grp.Index + grp.Length) : Py.None);
            }
            last = m.Index + m.Length;
            n++;
        }
        result.Append(s.Slice(last, s.Text.Length));
        return result;
    }

    // ---- object protocol --------------------------------------------------------------------------------

    private static readonly (string Name, int Value)[] s_flagNames =
    [
        ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8), ("re.DOTALL", 16),
        ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
    ];

    public override string Repr()
    {
        var pr = Source.Repr();
        if (pr.Length > 200) pr = pr[..200];
        int flags = Flags;
        if (!IsBytes && (flags & (RegexTranslator.FlagLocale | RegexTranslator.FlagUnicode | RegexTranslator.FlagAscii)) == RegexTranslator.FlagUnicode)
            flags &= ~RegexTranslator.FlagUnicode;
        if (flags == 0) return $"re.compile({pr})";
        var sb = new StringBuilder();
        foreach (var (name, v) in s_flagNames)
        {
            if ((flags & v) == 0) continue;
            if (sb.Length > 0) sb.Append('|');
            sb.Append(name);
            flags &= ~v;
        }
        if (flags != 0)
        {
            if (sb.Length > 0) sb.Append('|');
            sb.Append("0x").Append(flags.ToString("x"));
        }
        return $"re.compile({pr}, {sb})";
    }

    public override long Hash()
    {
        long h = Source.Hash() ^ (Flags * 1000003L);
        return h == -1 ? -2 : h;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyPattern o) return Py.NotImplemented;
        bool eq = ReferenceEquals(this, o) || (o.Flags == Flags && o.IsBytes == IsBytes && Ops.Eq(o.Source, Source));
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "pattern": return Source;
            case "flags": return PyInt.From(Flags);
            case "groups": return PyInt.From(Groups);
            case "groupindex":
                {
                    var d = new PyDict();
                    foreach (var (n, g) in GroupIndexInOrder()) d.SetItem(PyStr.From(n), PyInt.From(g));
                    return new Objects.Classes.PyMappingProxy(d);
                }
        }
        return base.LookupAttr(name);
    }

    // ---- methods ----------------------------------------------------------------------------------------

    private static PyPattern Self(PyObject o) => (PyPattern)o;

    private static readonly string[] s_searchNames = ["string", "pos", "endpos"];
    private static readonly string[] s_subNames = ["repl", "string", "count"];
    private static readonly string[] s_splitNames = ["string", "maxsplit"];

    internal static long IntArg(PyObject? o, long dflt)
    {
        if (o is null) return dflt;
        if (o.Index() is not { } i)
            throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        return i.IsSmall ? i.Value : (i.Sign < 0 ? long.MinValue : long.MaxValue);
    }

    private static MethodFn SearchMethod(string name, Mode mode) => (self, a, k) =>
    {
        var p = ArgParser.Bind(name, a, k, s_searchNames, 1);
        return Self(self).Run(mode, p[0]!, IntArg(p[1], 0), IntArg(p[2], long.MaxValue));
    };

    private static PyType MakeType()
    {
        var t = PyType.Builtin("Pattern", typeof(PyPattern));
        t.Module = "re";
        t.AddMethod("match", SearchMethod("match", Mode.Match));
        t.AddMethod("fullmatch", SearchMethod("fullmatch", Mode.Full));
        t.AddMethod("search", SearchMethod("search", Mode.Search));
        t.AddMethod("findall", static (self, a, k) =>
        {
            var p = ArgParser.Bind("findall", a, k, s_searchNames, 1);
            return Self(self).FindAll(p[0]!, IntArg(p[1], 0), IntArg(p[2], long.MaxValue));
        });
        t.AddMethod("finditer", static (self, a, k) =>
        {
            var p = ArgParser.Bind("finditer", a, k, s_searchNames, 1);
            var pat = Self(self);
            return new PyMatchIterator(pat, new Scanner(pat, ReSubject.From(p[0]!, pat.IsBytes), IntArg(p[1], 0), IntArg(p[2], long.MaxValue)));
        });
        t.AddMethod("sub", static (self, a, k) =>
        {
            var p = ArgParser.Bind("sub", a, k, s_subNames, 2);
            return Self(self).Sub(p[0]!, p[1]!, IntArg(p[2], 0)).Item1;
        });
        t.AddMethod("subn", static (self, a, k) =>
        {
            var p = ArgParser.Bind("subn", a, k, s_subNames, 2);
            var (r, n) = Self(self).Sub(p[0]!, p[1]!, IntArg(p[2], 0));
            return new PyTuple([r, PyInt.From(n)]);
        });
        t.AddMethod("split", static (self, a, k) =>
        {
            var p = ArgParser.Bind("split", a, k, s_splitNames, 1);
            return Self(self).Split(p[0]!, IntArg(p[1], 0));
        });
        t.AddMethod("__copy__", static (self, a, k) => self);
        t.AddMethod("__deepcopy__", static (self, a, k) => self);
        return t;
    }
}

/// <summary>The iterator finditer returns (CPython's callable_iterator over a scanner).</summary>
internal sealed class PyMatchIterator : Objects.PyIteratorBase
{
    public static readonly PyType TypeObject = MakeType("callable_iterator", typeof(PyMatchIterator));

    private readonly PyPattern _pattern;
    private readonly PyPattern.Scanner _scanner;

    public PyMatchIterator(PyPattern pattern, PyPattern.Scanner scanner)
    {
        _pattern = pattern;
        _scanner = scanner;
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next() =>
        _scanner.Next() is { } m ? new PyMatch(_pattern, _scanner.Subject, m, _scanner.Pos, _scanner.EndPos) : null;
}
