using Lint.Rules.Loading;
using Lint.Rules.Matching;

namespace Lint.Rules.Tests.Matching;

/// <summary>
/// The table of facts shipped for the default pack's patterns (src/Lint.Rules/Matching/Data/pattern-facts.tsv)
/// must be what the code works out for every pattern of rules/, so a load that looks a pattern up finds what it
/// would have worked out. Run with <c>LINT_WRITE_GENERATED=1</c> to write the table instead.
/// </summary>
public class PatternFactsTests
{
    private static readonly string TablePath = Path.Combine(RepositoryRoot.Path, "src", "Lint.Rules", "Matching", "Data", "pattern-facts.tsv");

    [Fact]
    public void The_shipped_table_is_what_the_code_works_out_for_the_default_pack()
    {
        string written;
        using (var recording = PatternFacts.Record())
        {
            var pack = RuleLoader.Load(DefaultPack());
            Assert.Empty(pack.Errors);
            Assert.NotEmpty(recording.ValidatedPatterns);
            Assert.NotEmpty(recording.SearchedPatterns);
            written = PatternFacts.Write(recording);
        }

        if (Environment.GetEnvironmentVariable("LINT_WRITE_GENERATED") == "1")
        {
            File.WriteAllText(TablePath, written);
            return;
        }

        Assert.True(File.ReadAllText(TablePath) == written, $"{TablePath} is not what the default pack's patterns give: run the tests with LINT_WRITE_GENERATED=1, rebuild and commit the result.");
        Assert.True(PatternFacts.ShippedText() == written, "The table built into Lint.Rules is not the one in the source tree: rebuild.");
    }

    [Fact]
    public void Every_line_of_the_shipped_table_is_what_a_lookup_gives()
    {
        var lines = PatternFacts.ShippedText().Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();

        Assert.Contains(lines, l => l[0] == "valid");
        Assert.Contains(lines, l => l[0] == "needs" && l.Length > 2);
        Assert.All(lines.Where(l => l[0] == "valid"), l => Assert.True(PatternFacts.IsKnownValid(l[1]), l[1]));
        Assert.All(lines.Where(l => l[0] == "needs"), l => Assert.Equal(l[2..], PatternFacts.RequiredLiterals(l[1])));
        Assert.All(lines.Where(l => l[0] == "anywhere"), l => Assert.Null(PatternFacts.RequiredLiterals(l[1])));
        Assert.False(PatternFacts.IsKnownValid("(unclosed"));
    }

    [Fact]
    public void A_bad_pattern_is_still_refused_at_its_place()
    {
        const string yaml = "extends: existence\nmessage: m\ntokens:\n  - 'fine'\n  - 'bro(ken'\n";

        var set = RuleLoader.Load([new RuleSource("rules/T/R.yml", "T.R", yaml)]);

        var error = Assert.Single(set.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("not a valid regular expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recording_sees_only_its_own_load()
    {
        using var recording = PatternFacts.Record();

        RuleLoader.Load([new RuleSource("rules/T/R.yml", "T.R", "extends: existence\nmessage: m\ntokens: ['colou?r']\n")]);

        Assert.Contains(recording.ValidatedPatterns, p => p.Contains("colou?r", StringComparison.Ordinal));
        Assert.All(recording.ValidatedPatterns, p => Assert.Contains("colou?r", p, StringComparison.Ordinal));
    }

    private static List<RuleSource> DefaultPack()
    {
        var root = Path.Combine(RepositoryRoot.Path, "rules");
        return [.. Directory.EnumerateFiles(root, "*.yml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new RuleSource(
                "rules/" + Path.GetRelativePath(root, f).Replace('\\', '/'),
                Path.GetFileName(f) == "lists.yml" ? "rules.lists" : Path.GetRelativePath(root, f)[..^4].Replace(Path.DirectorySeparatorChar, '.'),
                File.ReadAllText(f)))];
    }
}
