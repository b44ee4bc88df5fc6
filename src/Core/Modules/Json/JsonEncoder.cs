// json encoding (CPython's Modules/_json.c encoder and Lib/json/encoder.py): one recursive walk that
// appends to a StringBuilder. Type tests follow the C encoder's order (None, True, False, str, int,
// float, list/tuple, dict, then `default`), keys are coerced as the C encoder does, and containers
// being encoded are remembered by identity to report "Circular reference detected".
namespace GilRuntime.Core.Modules.Json;

using System.Text;
using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects;

internal sealed class JsonEncoder
{
    public bool SkipKeys;
    public bool EnsureAscii = true;
    public bool CheckCircular = true;
    public bool AllowNan = true;
    public bool SortKeys;
    public string? Indent;
    public string ItemSeparator = ", ";
    public string KeySeparator = ": ";
    public PyObject? Default;

    private readonly StringBuilder _sb = new();
    private HashSet<PyObject>? _markers;
    private int _depth;
    private const int MaxDepth = 990;

    public string Encode(PyObject o)
    {
        _sb.Clear();
        EncodeValue(o, 0);
        return _sb.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeValue(PyObject o, int level)
    {
        switch (o)
        {
            case PyNone: _sb.Append("null"); return;
            case PyBool b: _sb.Append(b.IsTrue() ? "true" : "false"); return;
            case PyStr s: AppendString(_sb, s.Value, EnsureAscii); return;
            case PyInt i: _sb.Append(i.Repr()); return;
            case PyFloat f: _sb.Append(FloatStr(f.Value)); return;
            case PyList l: EncodeSequence(o, l.AsSpan().ToArray(), level); return;
            case PyTuple t: EncodeSequence(o, t.Items, level); return;
            case PyDict d: EncodeDict(o, d, level); return;
        }
        // subclasses of the builtin types (their instances are other .NET classes)
        var type = o.Type;
        if (type.IsSubtype(PyStr.TypeObject)) { AppendString(_sb, o.Str(), EnsureAscii); return; }
        if (type.IsSubtype(PyInt.TypeObject) && o.Index() is { } iv) { _sb.Append(iv.Repr()); return; }
        if (type.IsSubtype(PyFloat.TypeObject) && o.ToFloat() is PyFloat fv) { _sb.Append(FloatStr(fv.Value)); return; }
        if (type.IsSubtype(PyList.TypeObject) || type.IsSubtype(PyTuple.TypeObject))
        {
            EncodeSequence(o, Ops.ToClrList(o).ToArray(), level);
            return;
        }
        if (type.IsSubtype(PyDict.TypeObject))
        {
            var d = new PyDict();
            var it = Ops.CallMethod(o, "items").Iter();
            while (it.Next() is { } pair)
            {
                var kv = Ops.ToClrList(pair);
                d.SetItem(kv[0], kv[1]);
            }
            EncodeDict(o, d, level);
            return;
        }
        if (Default is null) throw PyErr.TypeError($"Object of type {type.Name} is not JSON serializable");
        Enter(o);
        EncodeValue(Default.Call([o], null), level);
        Leave(o);
    }

    private void Enter(PyObject o)
    {
        if (++_depth > MaxDepth)
        {
            _depth = 0;
            throw PyErr.RecursionError("maximum recursion depth exceeded while encoding a JSON object");
        }
        if (!CheckCircular) return;
        _markers ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!_markers.Add(o)) throw PyErr.ValueError("Circular reference detected");
    }

    private void Leave(PyObject o)
    {
        _depth--;
        _markers?.Remove(o);
    }

    private void NewlineIndent(int level)
    {
        _sb.Append('\n');
        for (int i = 0; i < level; i++) _sb.Append(Indent);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeSequence(PyObject owner, PyObject[] items, int level)
    {
        if (items.Length == 0) { _sb.Append("[]"); return; }
        Enter(owner);
        _sb.Append('[');
        if (Indent is not null) NewlineIndent(level + 1);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                _sb.Append(ItemSeparator);
                if (Indent is not null) NewlineIndent(level + 1);
            }
            EncodeValue(items[i], level + 1);
        }
        if (Indent is not null) NewlineIndent(level);
        _sb.Append(']');
        Leave(owner);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeDict(PyObject owner, PyDict d, int level)
    {
        if (d.Count == 0) { _sb.Append("{}"); return; }
        Enter(owner);
        _sb.Append('{');
        if (Indent is not null) NewlineIndent(level + 1);
        bool first = true;
        if (SortKeys)
        {
            var items = new PyList(d.Count);
            int pos = 0;
            while (d.NextEntry(ref pos, out var k, out var v, out _)) items.Append(new PyTuple([k, v]));
            items.Sort();
            foreach (var item in items.AsSpan().ToArray())
            {
                var t = (PyTuple)item;
                EncodeMember(t[0], t[1], level, ref first);
            }
        }
        else
        {
            int pos = 0;
            while (d.NextEntry(ref pos, out var k, out var v, out _)) EncodeMember(k, v, level, ref first);
        }
        if (Indent is not null) NewlineIndent(level);
        _sb.Append('}');
        Leave(owner);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeMember(PyObject key, PyObject value, int level, ref bool first)
    {
        string keyStr;
        switch (key)
        {
            case PyStr s: keyStr = s.Value; break;
            case PyFloat f: keyStr = FloatStr(f.Value); break;
            case PyBool b: keyStr = b.IsTrue() ? "true" : "false"; break;
            case PyNone: keyStr = "null"; break;
            case PyInt i: keyStr = i.Repr(); break;
            default:
                if (key.Type.IsSubtype(PyStr.TypeObject)) { keyStr = key.Str(); break; }
                if (key.Type.IsSubtype(PyInt.TypeObject) && key.Index() is { } iv) { keyStr = iv.Repr(); break; }
                if (SkipKeys) return;
                throw PyErr.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}");
        }
        if (!first)
        {
            _sb.Append(ItemSeparator);
            if (Indent is not null) NewlineIndent(level + 1);
        }
        first = false;
        AppendString(_sb, keyStr, EnsureAscii);
        _sb.Append(KeySeparator);
        EncodeValue(value, level + 1);
    }

    private string FloatStr(double v)
    {
        if (double.IsFinite(v)) return FloatRepr.Repr(v);
        if (!AllowNan) throw PyErr.ValueError("Out of range float values are not JSON compliant");
        return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    private static readonly string[] s_shortEscapes = MakeShortEscapes();

    private static string[] MakeShortEscapes()
    {
        var a = new string[128];
        for (int c = 0; c < 0x20; c++) a[c] = "\\u" + c.ToString("x4");
        a['"'] = "\\\""; a['\\'] = "\\\\"; a['\b'] = "\\b"; a['\f'] = "\\f";
        a['\n'] = "\\n"; a['\r'] = "\\r"; a['\t'] = "\\t";
        return a;
    }

    /// <summary>A JSON string literal: py_encode_basestring_ascii when ensureAscii, else py_encode_basestring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendString(StringBuilder sb, string s, bool ensureAscii)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            string? esc = null;
            if (c < 128) esc = s_shortEscapes[c];
            else if (!ensureAscii) continue;
            if (ensureAscii && c == 0x7f) esc = "\\u007f";
            if (esc is null && c < 128) continue;
            sb.Append(s, run, i - run);
            if (esc is not null) sb.Append(esc);
            else
            {
                sb.Append("\\u");
                sb.Append(((int)c).ToString("x4"));
            }
            run = i + 1;
        }
        sb.Append(s, run, s.Length - run);
        sb.Append('"');
    }
}
