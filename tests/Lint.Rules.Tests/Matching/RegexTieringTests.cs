using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Text;

namespace Lint.Rules.Tests.Matching;

public class RegexTieringTests
{
    private const string Pattern = @"(?<who>\bofficials?) said";

    [Fact]
    public void A_pattern_that_runs_everywhere_is_compiled_at_load_only_in_a_process_that_stays_up()
    {
        var stayingUp = RulePattern.Compile(Pattern, ignoreCase: true, tiering: RegexTiering.LongRunning);
        var oneRun = RulePattern.Compile(Pattern, ignoreCase: true, tiering: RegexTiering.OneRun);
        var prefiltered = RulePattern.Compile(Pattern, ignoreCase: true, compiled: false, tiering: RegexTiering.LongRunning);

        Assert.True(stayingUp.Options.HasFlag(RegexOptions.Compiled));
        Assert.False(oneRun.Options.HasFlag(RegexOptions.Compiled));
        Assert.False(prefiltered.Options.HasFlag(RegexOptions.Compiled));
        const string text = "Two officials said so; one official said no.";
        Assert.Equal(Found(stayingUp.Matches(text)), Found(oneRun.Matches(text)));
    }

    [Fact]
    public void A_pattern_of_a_set_is_compiled_once_it_has_served_its_searches_and_finds_what_it_found_before()
    {
        var set = new PatternSet([Pattern, "^Two"], ignoreCase: true, tiering: new RegexTiering(CompileAtLoad: false, UsesBeforeCompiling: 3));
        var found = new List<(int Pattern, int Index, string Who)>();

        // Each text is new, so each is searched (a text seen before would be answered from the set's memo).
        // The compiled regex is built in the background and takes over when ready: run on until it has.
        var stop = DateTime.UtcNow.AddMinutes(1);
        var searches = 0;
        while (!set.IsCompiled(0) || searches < 6)
        {
            Assert.True(DateTime.UtcNow < stop, "the pattern was never compiled");
            var text = $"Two officials said so in report {searches++}; one official said no.";
            found.AddRange(set.Matches(text, new TextSpan(0, text.Length)).Select(m => (m.Pattern, m.Index, m.Match.Groups["who"].Value)));
            Thread.Sleep(set.IsCompiled(0) ? 0 : 10);
        }

        var expected = Enumerable.Range(0, searches).SelectMany(i => new[] { (1, 0, ""), (0, 4, "officials"), (0, 38 + Digits(i), "official") });
        Assert.Equal(expected, found);
    }

    [Fact]
    public void A_set_that_is_never_asked_often_enough_stays_interpreted()
    {
        var set = new PatternSet([Pattern], ignoreCase: true, tiering: RegexTiering.OneRun);

        for (var i = 0; i < 100; i++)
        {
            var text = $"Officials said so in report {i}.";
            Assert.Single(set.Matches(text, new TextSpan(0, text.Length)));
        }

        Assert.False(set.IsCompiled(0));
    }

    private static int Digits(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    private static List<(int, string)> Found(MatchCollection matches) => [.. matches.Select(m => (m.Index, m.Groups["who"].Value))];
}
