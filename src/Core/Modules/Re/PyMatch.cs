// re.Match (CPython's MatchObject in Modules/_sre/sre.c): the spans of every group of one match,
// kept as UTF-16 offsets into the subject and converted to Python positions on demand.
namespace GilRuntime.Core.Modules.Re;

using System.Text;
using System.Text.RegularExpressions;
using GilRuntime.Core.Objects;

public sealed class PyMatch : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    internal readonly PyPattern Pattern;
    internal readonly ReSubject Subject;
    private readonly int[] _spans; // 2 per group, UTF-16 offsets, -1 when the group did not match
    private readonly int _pos, _endpos;

    internal PyMatch(PyPattern pattern, ReSubject subject, Match m, int pos, int endpos)
    {
        Pattern = pattern;
        Subject = subject;
        _pos = pos;
        _endpos = endpos;
        int n = pattern.Groups + 1;
        _spans = new int[2 * n];
        _spans[0] = m.Index;
        _spans[1] = m.Index + m.Length;
        var groups = m.Groups;
        for (int g = 1; g < n; g++)
        {
            var grp = groups[g];
            if (grp.Success) { _spans[2 * g] = grp.Index; _spans[2 * g + 1] = grp.Index + grp.Length; }
            else { _spans[2 * g] = -1; _spans[2 * g + 1] = -1; }
        }
    }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => true;

    internal int Utf16Start(int g) => _spans[2 * g];
    internal int Utf16End(int g) => _spans[2 * g + 1];

    /// <summary>The group's text, or <paramref name="dflt"/> when it did not take part in the match.</summary>
    internal PyObject GroupValue(int g, PyObject dflt)
    {
        int s = _spans[2 * g];
        return s < 0 ? dflt : Subject.Slice(s, _spans[2 * g + 1]);
    }

    private long Start(int g) { int s = _spans[2 * g]; return s < 0 ? -1 : Subject.FromUtf16(s); }
    private long End(int g) { int e = _spans[2 * g + 1]; return e < 0 ? -1 : Subject.FromUtf16(e); }

    /// <summary>match_getindex: a group given by number or name.</summary>
    internal int GroupIndex(PyObject key)
    {
        if (key is PyStr s)
        {
            if (Pattern.GroupIndexMap.TryGetValue(s.Value, out int gi)) return gi;
            throw PyErr.IndexError("no such group");
        }
        if (key.Index() is { } idx && idx.IsSmall && idx.Value >= 0 && idx.Value <= Pattern.Groups) return (int)idx.Value;
        throw PyErr.IndexError("no such group");
    }

    /// <summary>lastindex: the group that closed last (largest end; on a tie an enclosing group, else the later one).</summary>
    private int LastIndex()
    {
        int best = -1;
        for (int g = 1; g <= Pattern.Groups; g++)
        {
            if (_spans[2 * g] < 0) continue;
            int e = _spans[2 * g + 1];
            if (best < 0 || e > _spans[2 * best + 1]) { best = g; continue; }
            if (e == _spans[2 * best + 1] && !Pattern.Encloses(best, g)) best = g;
        }
        return best;
    }

    public override PyObject GetItem(PyObject key) => GroupValue(GroupIndex(key), Py.None);

    public override string Repr() =>
        $"<re.Match object; span=({Start(0)}, {End(0)}), match={GroupValue(0, Py.None).Repr()}>";

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "string": return Subject.Original;
            case "re": return Pattern;
            case "pos": return PyInt.From(_pos);
            case "endpos": return PyInt.From(_endpos);
            case "lastindex": { int li = LastIndex(); return li < 0 ? Py.None : PyInt.From(li); }
            case "lastgroup":
                {
                    int li = LastIndex();
                    return li < 0 || Pattern.GroupNameOf(li) is not { } n ? Py.None : PyStr.From(n);
                }
            case "regs":
                {
                    var items = new PyObject[Pattern.Groups + 1];
                    for (int g = 0; g < items.Length; g++) items[g] = SpanTuple(g);
                    return new PyTuple(items);
                }
        }
        return base.LookupAttr(name);
    }

    private PyTuple SpanTuple(int g) => new([PyInt.From(Start(g)), PyInt.From(End(g))]);

    /// <summary>Match.expand and string replacement: a parsed template applied to this match.</summary>
    internal PyObject Expand(ReTemplate t)
    {
        if (Subject.IsBytes)
        {
            var sb = new StringBuilder();
            t.AppendTo(sb, this);
            return PyBytes.From(ReSubject.ToLatin1Bytes(sb.ToString()));
        }
        var s = new StringBuilder();
        t.AppendTo(s, this);
        return PyStr.From(s.ToString());
    }

    private static PyMatch Self(PyObject o) => (PyMatch)o;

    private static int GroupArg(PyMatch m, ReadOnlySpan<PyObject> a, PyTuple? k, string fname)
    {
        ArgParser.Range(fname, a, k, 0, 1);
        return a.Length == 0 ? 0 : m.GroupIndex(a[0]);
    }

    private static readonly string[] s_defaultNames = ["default"];

    private static PyType MakeType()
    {
        var t = PyType.Builtin("Match", typeof(PyMatch));
        t.Module = "re";
        t.AddMethod("group", static (self, a, k) =>
        {
            ArgParser.NoKeywords("group", k);
            var m = Self(self);
            if (a.Length == 0) return m.GroupValue(0, Py.None);
            if (a.Length == 1) return m.GroupValue(m.GroupIndex(a[0]), Py.None);
            var items = new PyObject[a.Length];
            for (int i = 0; i < a.Length; i++) items[i] = m.GroupValue(m.GroupIndex(a[i]), Py.None);
            return new PyTuple(items);
        });
        t.AddMethod("groups", static (self, a, k) =>
        {
            var p = ArgParser.Bind("groups", a, k, s_defaultNames, 0);
            var m = Self(self);
            var dflt = p[0] ?? Py.None;
            var items = new PyObject[m.Pattern.Groups];
            for (int g = 1; g <= items.Length; g++) items[g - 1] = m.GroupValue(g, dflt);
            return new PyTuple(items);
        });
        t.AddMethod("groupdict", static (self, a, k) =>
        {
            var p = ArgParser.Bind("groupdict", a, k, s_defaultNames, 0);
            var m = Self(self);
            var dflt = p[0] ?? Py.None;
            var d = new PyDict();
            foreach (var (name, g) in m.Pattern.GroupIndexInOrder())
                d.SetItem(PyStr.From(name), m.GroupValue(g, dflt));
            return d;
        });
        t.AddMethod("start", static (self, a, k) => { var m = Self(self); return PyInt.From(m.Start(GroupArg(m, a, k, "start"))); });
        t.AddMethod("end", static (self, a, k) => { var m = Self(self); return PyInt.From(m.End(GroupArg(m, a, k, "end"))); });
        t.AddMethod("span", static (self, a, k) => { var m = Self(self); return m.SpanTuple(GroupArg(m, a, k, "span")); });
        t.AddMethod("expand", static (self, a, k) =>
        {
            ArgParser.Exactly("expand", a, k, 1);
            var m = Self(self);
            return m.Expand(m.Pattern.CompileTemplate(a[0]));
        });
        t.AddMethod("__getitem__", static (self, a, k) => { ArgParser.Exactly("__getitem__", a, k, 1); return self.GetItem(a[0]); });
        t.AddMethod("__copy__", static (self, a, k) => self);
        t.AddMethod("__deepcopy__", static (self, a, k) => self);
        return t;
    }
}
