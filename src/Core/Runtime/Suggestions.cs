// The "Did you mean: 'x'?" hints CPython 3.11 appends to NameError and AttributeError messages
// (Python/suggestions.c): the closest candidate by a Levenshtein distance over UTF-8 bytes where a
// case change costs 1 and any other edit 2, accepted only within a third of the characters involved.
namespace GilRuntime.Core.Runtime;

using System.Text;
using GilRuntime.Core.Objects;

public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>_Py_Offer_Suggestions: the suggested name for this exception, or null.</summary>
    public static string? ForException(PyBaseException exc)
    {
        if (exc is not PyNameError ne || ne.Name is not PyStr name) return null;
        if (exc.Type.IsSubtype(ExceptionTypes.AttributeError)) return ForAttribute(ne.Obj, name.Value);
        if (exc.Type.IsSubtype(ExceptionTypes.NameError)) return ForName(exc, name.Value);
        return null;
    }

    private static string? ForAttribute(PyObject obj, string name)
    {
        var interp = ThreadState.CurrentOrNull?.Interpreter;
        if (interp is null) return null;
        if (!interp.BuiltinsModule.Dict.TryGetValue(PyStr.Intern("dir"), out var dir)) return null;
        var names = dir.Call([obj], null);
        return Calculate(Ops.ToClrList(names), name);
    }

    private static string? ForName(PyBaseException exc, string name)
    {
        if (exc.Traceback is not PyTraceback tb) return null;
        while (tb.Next is { } next) tb = next;
        var frame = tb.Frame;
        var code = frame.Code;
        var candidates = new List<PyObject>();
        foreach (var v in code.co_varnames) candidates.Add(PyStr.From(v));
        if (Calculate(candidates, name) is { } local) return local;
        if (Calculate(Ops.ToClrList(frame.Globals), name) is { } global) return global;
        return Calculate(Ops.ToClrList(frame.Builtins), name);
    }

    /// <summary>calculate_suggestions: the best candidate within the distance limits, or null.</summary>
    public static string? Calculate(List<PyObject> candidates, string name)
    {
        if (candidates.Count >= MaxCandidateItems) return null;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        int bestDistance = int.MaxValue;
        string? best = null;
        var buffer = new int[MaxStringSize];
        foreach (var item in candidates)
        {
            if (item is not PyStr s || s.Value == name) continue;
            var itemBytes = Encoding.UTF8.GetBytes(s.Value);
            int maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1);
            int d = Distance(nameBytes, itemBytes, maxDistance, buffer);
            if (d > maxDistance) continue;
            if (best is null || d < bestDistance)
            {
                best = s.Value;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a is >= (byte)'A' and <= (byte)'Z') a += 'a' - 'A';
        if (b is >= (byte)'A' and <= (byte)'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>levenshtein_distance with common affixes trimmed and an early exit above maxCost.</summary>
    private static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost, int[] buffer)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        int tmp = MoveCost;
        for (int i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            byte code = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int substitute = distance + SubstitutionCost(code, a[i]);
                distance = buffer[i];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
