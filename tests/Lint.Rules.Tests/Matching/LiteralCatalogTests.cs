using Lint.Rules.Matching;

namespace Lint.Rules.Tests.Matching;

public class LiteralCatalogTests
{
    [Fact]
    public void Every_place_where_every_literal_starts_is_found_in_any_case()
    {
        // Literals inside others ("he" in "she" and "hers"), sharing a start ("her", "hers") or an end
        // ("she", "he"), and one outside ASCII.
        string[] literals = ["he", "she", "his", "hers", "her", "it\u2019s", "\u00E9t\u00E9"];
        var catalog = new LiteralCatalog();
        var ids = literals.Select(catalog.Add).ToArray();
        const string text = "USHERS: she said hIs, Hers; IT\u2019S \u00C9T\u00C9 \u00E9t\u00E9 it's ushe";

        var hits = catalog.HitsIn(text);
        var found = Enumerable.Range(0, hits.Count).Select(i => (hits.PositionAt(i), literals[Array.IndexOf(ids, hits.IdAt(i))])).ToHashSet();
        var expected = Enumerable.Range(0, text.Length)
            .SelectMany(at => literals.Where(l => text.AsSpan(at).StartsWith(l, StringComparison.OrdinalIgnoreCase)).Select(l => (at, l)))
            .ToHashSet();

        Assert.Equal(expected, found);
        Assert.Contains((1, "she"), found);
        Assert.Contains((2, "hers"), found);
        Assert.Contains((33, "\u00E9t\u00E9"), found);
        Assert.Equal(expected.Count, hits.Count);
        Assert.True(Enumerable.Range(1, hits.Count - 1).All(i => hits.PositionAt(i - 1) <= hits.PositionAt(i)), "hits are not in order of position");
    }
}
