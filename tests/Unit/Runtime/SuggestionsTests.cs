// The "Did you mean" candidate selection (Python/suggestions.c's cost model and limits).
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class SuggestionsTests
{
    private static string? Suggest(string name, params string[] candidates)
    {
        var list = new List<PyObject>();
        foreach (var c in candidates) list.Add(PyStr.From(c));
        return Suggestions.Calculate(list, name);
    }

    [Fact]
    public void PicksTheClosestCandidate()
    {
        Assert.Equal("value", Suggest("valeu", "value", "values", "other"));
        Assert.Equal("sin", Suggest("sine", "cos", "sin", "sinh"));
    }

    [Fact]
    public void CaseChangesAreCheap()
    {
        Assert.Equal("PI", Suggest("pi", "PI", "pa"));
    }

    [Fact]
    public void NothingWhenTooFar()
    {
        Assert.Null(Suggest("completely_unrelated", "sin", "cos"));
        Assert.Null(Suggest("x", "x"));
    }

    [Fact]
    public void TooManyCandidatesGiveNoSuggestion()
    {
        var many = new string[750];
        for (int i = 0; i < many.Length; i++) many[i] = "name" + i;
        Assert.Null(Suggest("name1x", many));
        Assert.Equal("name1", Suggest("name1x", many[..749]));
    }
}
