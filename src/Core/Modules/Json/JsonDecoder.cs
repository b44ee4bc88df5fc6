// json decoding (CPython's Modules/_json.c scanner): a recursive-descent scanner over the UTF-16 text
// that builds Python objects directly. Errors carry CPython's messages and positions (converted to
// code point indices when the document has characters above U+FFFF).
namespace GilRuntime.Core.Modules.Json;

using System.Globalization;
using System.Numerics;
using System.Text;
using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects;

internal sealed class JsonDecoder
{
    public PyObject? ObjectHook;
    public PyObject? ObjectPairsHook;
    public PyObject? ParseFloat;
    public PyObject? ParseInt;
    public PyObject? ParseConstant;
    public bool Strict = true;

    private PyStr _doc = PyStr.Empty;
    private string _s = "";
    private int _depth;
    private const int MaxDepth = 990;
    private readonly Dictionary<string, PyStr> _memo = new();

    /// <summary>json.loads on a str: one value surrounded by optional whitespace.</summary>
    public PyObject Decode(PyStr doc)
    {
        _doc = doc;
        _s = doc.Value;
        _memo.Clear();
        if (_s.Length > 0 && _s[0] == '\ufeff') throw Error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        int i = SkipWs(0);
        var value = ScanOnce(i, out int end) ?? throw Error("Expecting value", i);
        end = SkipWs(end);
        if (end != _s.Length) throw Error("Extra data", end);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipWs(int i)
    {
        var s = _s;
        while (i < s.Length && (s[i] is ' ' or '\t' or '\n' or '\r')) i++;
        return i;
    }

    private PyException Error(string msg, int utf16Pos) =>
        JsonModule.DecodeError(msg, _doc, _doc.Utf16ToCp(utf16Pos));

    /// <summary>scan_once: the value starting at <paramref name="i"/>, or null when none starts there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject? ScanOnce(int i, out int end)
    {
        var s = _s;
        end = i;
        if (i >= s.Length) return null;
        char c = s[i];
        switch (c)
        {
            case '"': return ScanString(i + 1, out end);
            case '{': return ScanObject(i + 1, out end);
            case '[': return ScanArray(i + 1, out end);
            case 'n':
                if (string.CompareOrdinal(s, i, "null", 0, 4) == 0) { end = i + 4; return Py.None; }
                return null;
            case 't':
                if (string.CompareOrdinal(s, i, "true", 0, 4) == 0) { end = i + 4; return Py.True; }
                return null;
            case 'f':
                if (string.CompareOrdinal(s, i, "false", 0, 5) == 0) { end = i + 5; return Py.False; }
                return null;
            case 'N':
                if (string.CompareOrdinal(s, i, "NaN", 0, 3) == 0) { end = i + 3; return Constant("NaN", double.NaN); }
                return null;
            case 'I':
                if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0) { end = i + 8; return Constant("Infinity", double.PositiveInfinity); }
                return null;
            case '-':
                if (string.CompareOrdinal(s, i, "-Infinity", 0, 9) == 0) { end = i + 9; return Constant("-Infinity", double.NegativeInfinity); }
                return ScanNumber(i, out end);
        }
        if (c >= '0' && c <= '9') return ScanNumber(i, out end);
        return null;
    }

    private PyObject Constant(string name, double value) =>
        ParseConstant is null ? new PyFloat(value) : ParseConstant.Call([PyStr.From(name)], null);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject? ScanNumber(int start, out int end)
    {
        var s = _s;
        int i = start;
        end = start;
        if (s[i] == '-') i++;
        if (i >= s.Length) return null;
        if (s[i] == '0') i++;
        else if (s[i] >= '1' && s[i] <= '9') { while (i < s.Length && char.IsAsciiDigit(s[i])) i++; }
        else return null;
        bool isFloat = false;
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            i += 2;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            isFloat = true;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int e = i + 1;
            if (e < s.Length && (s[e] == '+' || s[e] == '-')) e++;
            if (e < s.Length && char.IsAsciiDigit(s[e]))
            {
                while (e < s.Length && char.IsAsciiDigit(s[e])) e++;
                i = e;
                isFloat = true;
            }
        }
        end = i;
        var text = s.AsSpan(start, i - start);
        if (isFloat)
        {
            if (ParseFloat is not null) return ParseFloat.Call([PyStr.From(text.ToString())], null);
            return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (ParseInt is not null) return ParseInt.Call([PyStr.From(text.ToString())], null);
        if (text.Length <= 18) return PyInt.From(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        return PyInt.From(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>scanstring: <paramref name="i"/> is just past the opening quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyStr ScanString(int i, out int end)
    {
        var s = _s;
        int begin = i - 1;
        StringBuilder? sb = null;
        int run = i;
        while (true)
        {
            if (i >= s.Length) throw Error("Unterminated string starting at", begin);
            char c = s[i];
            if (c == '"') break;
            if (c == '\\')
            {
                sb ??= new StringBuilder();
                sb.Append(s, run, i - run);
                i++;
                if (i >= s.Length) throw Error("Unterminated string starting at", begin);
                char e = s[i];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        {
                            int cp = Hex4(i + 1, i);
                            i += 4;
                            if (cp >= 0xD800 && cp <= 0xDBFF && i + 7 < s.Length && s[i + 1] == '\\' && s[i + 2] == 'u')
                            {
                                int lo = Hex4(i + 3, i + 2);
                                if (lo >= 0xDC00 && lo <= 0xDFFF)
                                {
                                    sb.Append((char)cp).Append((char)lo);
                                    i += 6;
                                    break;
                                }
                            }
                            sb.Append((char)cp);
                            break;
                        }
                    default: throw Error("Invalid \\escape", i - 1);
                }
                i++;
                run = i;
                continue;
            }
            if (c < 0x20 && Strict) throw Error("Invalid control character at", i);
            i++;
        }
        end = i + 1;
        string value;
        if (sb is null) value = s.Substring(run, i - run);
        else { sb.Append(s, run, i - run); value = sb.ToString(); }
        return PyStr.From(value);
    }

    private int Hex4(int i, int escPos)
    {
        var s = _s;
        if (i + 4 >= s.Length) throw Error("Invalid \\uXXXX escape", escPos);
        int v = 0;
        for (int k = 0; k < 4; k++)
        {
            char c = s[i + k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) throw Error("Invalid \\uXXXX escape", escPos);
            v = v * 16 + d;
        }
        return v;
    }

    private void EnterNested()
    {
        if (++_depth > MaxDepth)
        {
            _depth = 0;
            throw PyErr.RecursionError("maximum recursion depth exceeded while decoding a JSON document");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject ScanObject(int i, out int end)
    {
        EnterNested();
        var s = _s;
        PyDict? dict = ObjectPairsHook is null ? new PyDict() : null;
        PyList? pairs = ObjectPairsHook is null ? null : new PyList();
        i = SkipWs(i);
        if (i < s.Length && s[i] == '}') { i++; }
        else
        {
            while (true)
            {
                if (i >= s.Length || s[i] != '"') throw Error("Expecting property name enclosed in double quotes", i);
                var rawKey = ScanString(i + 1, out i);
                if (!_memo.TryGetValue(rawKey.Value, out var key)) _memo[rawKey.Value] = key = rawKey;
                i = SkipWs(i);
                if (i >= s.Length || s[i] != ':') throw Error("Expecting ':' delimiter", i);
                i = SkipWs(i + 1);
                var value = ScanOnce(i, out int vend) ?? throw Error("Expecting value", i);
                if (dict is not null) dict.SetItem(key, value); else pairs!.Append(new PyTuple([key, value]));
                i = SkipWs(vend);
                if (i < s.Length && s[i] == '}') { i++; break; }
                if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", i);
                i = SkipWs(i + 1);
            }
        }
        end = i;
        _depth--;
        if (pairs is not null) return ObjectPairsHook!.Call([pairs], null);
        return ObjectHook is null ? dict! : ObjectHook.Call([dict!], null);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject ScanArray(int i, out int end)
    {
        EnterNested();
        var s = _s;
        var list = new PyList();
        i = SkipWs(i);
        if (i < s.Length && s[i] == ']') { i++; }
        else
        {
            while (true)
            {
                var value = ScanOnce(i, out int vend) ?? throw Error("Expecting value", i);
                list.Append(value);
                i = SkipWs(vend);
                if (i < s.Length && s[i] == ']') { i++; break; }
                if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", i);
                i = SkipWs(i + 1);
            }
        }
        end = i;
        _depth--;
        return list;
    }
}
