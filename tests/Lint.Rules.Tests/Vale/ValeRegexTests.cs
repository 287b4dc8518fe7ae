using System.Text.RegularExpressions;
using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Vale's patterns are Go RE2 (with lookarounds); where .NET spells a construct differently it is translated,
/// so a stock Vale rule loads unchanged and matches what Vale matches. What .NET cannot express is an error
/// at the pattern, never a crash.
/// </summary>
public class ValeRegexTests
{
    [Theory]
    [InlineData(@"(?P<year>\d{4})", @"(?<year>\d{4})")]
    [InlineData(@"[[:alpha:]]+", @"[A-Za-z]+")]
    [InlineData(@"[[:digit:][:upper:]_]", @"[0-9A-Z_]")]
    [InlineData(@"[[:^space:]]", @"[^\t\n\v\f\r ]")]
    [InlineData(@"\Qe.g.\E", @"e\.g\.")]
    [InlineData(@"\pL+\PN", @"\p{L}+\P{N}")]
    [InlineData(@"\x{2014}", "\u2014")]
    [InlineData(@"(?U)a+b*?", @"a+?b*")]
    [InlineData(@"(?iU:a{2,})c+", @"(?i:a{2,}?)c+")]
    [InlineData(@"(?i)\bco-?operate\b\z", @"(?i)\bco-?operate\b\z")]
    public void Go_syntax_becomes_the_NET_spelling(string vale, string dotnet) =>
        Assert.Equal(dotnet, ValeRegex.Translate(vale));

    [Theory]
    [InlineData(@"[[:alpha:]]+ly", "Slowly, quickly.", "Slowly")]
    [InlineData(@"(?P<n>\d+) (?:items)", "Buy 12 items now", "12 items")]
    [InlineData(@"(?U)<.+>", "<b>bold</b>", "<b>")]
    [InlineData(@"\Q(a.k.a.)\E", "Smith (a.k.a.) Jones (aXkXa.)", "(a.k.a.)")]
    public void A_translated_pattern_matches_what_Vale_matches(string vale, string text, string expected) =>
        Assert.Equal(expected, Regex.Match(text, ValeRegex.Translate(vale)).Value);

    [Fact]
    public void A_pattern_already_written_for_NET_is_left_alone()
    {
        const string Pattern = @"(?<![\p{L}\p{N}_])(?:[a-z-[aeiou]]+|\d{1,2}(?:st|nd))(?=\s)";

        Assert.Same(Pattern, ValeRegex.Translate(Pattern));
    }

    [Theory]
    [InlineData(@"'\Ca'", @"'\C' (any single byte) has no equivalent in .NET")]
    [InlineData(@"'[[:^alpha:]0-9]'", "can only stand alone in its class")]
    [InlineData(@"'[[:letters:]]'", "'[:letters:]' is not a POSIX class")]
    public void Go_syntax_NET_cannot_express_is_an_error_at_the_token(string token, string message)
    {
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", $"extends: existence\nmessage: m\ntokens:\n  - {token}\n")]);

        var error = Assert.Single(set.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Empty(set.Rules);
    }

    [Fact]
    public void A_rule_with_Go_syntax_loads_and_finds_its_matches()
    {
        const string Rule = """
            extends: existence
            message: "'%s' has a number in it."
            nonword: true
            tokens:
              - '[[:alpha:]]+[[:digit:]]+'
              - '(?P<unit>\d+)(?:km|mi)\b'
            """;

        var found = KindTester.Run(Rule, "The B52 flew 300km over the town.");

        Assert.Equal(["B52", "300km"], found.Select(d => KindTester.Flagged("The B52 flew 300km over the town.", d)));
    }
}
