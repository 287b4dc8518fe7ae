using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Malformed;

/// <summary>
/// Every file in <c>Malformed/Cases</c> is a broken rule whose first line says what loading it must report:
/// <c># expect: LINE:COLUMN: message</c> (the message as it starts). Each must give that error at that place,
/// load no rule, and leave a good rule loaded beside it untouched.
/// </summary>
public class MalformedRuleTests
{
    private const string Prefix = "# expect: ";

    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Rules.Tests", "Malformed", "Cases");

    public static TheoryData<string> Cases => [.. Directory.GetFiles(Folder, "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void There_are_at_least_a_hundred_cases() => Assert.True(Cases.Count >= 100, $"only {Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_rule_gives_its_expected_error_at_its_place_and_the_others_still_load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        Assert.StartsWith(Prefix, text, StringComparison.Ordinal);
        var expected = text[Prefix.Length..text.IndexOf('\n', StringComparison.Ordinal)];
        var good = new RuleSource("Good/Rule.yml", "Good.Rule", "extends: existence\nmessage: m\ntokens: [fine]\n");

        var set = RuleLoader.Load([new RuleSource(name, "Malformed.Case", text), good]);

        Assert.Equal("Good.Rule", Assert.Single(set.Rules).Definition.Id);
        Assert.All(set.Errors, e => Assert.Equal(name, e.Path));
        var found = set.Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToList();
        Assert.True(found.Any(f => f.StartsWith(expected, StringComparison.Ordinal)), $"expected '{expected}', found:\n{string.Join('\n', found)}");
    }
}
