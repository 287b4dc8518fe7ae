using Lint.Rules.Examples;
using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Examples;

/// <summary>The default rule pack in rules/: every file loads, documents itself, and passes its own examples.</summary>
public class RulePackTests
{
    private static readonly string RulesDirectory = Path.Combine(RepositoryRoot.Path, "rules");

    /// <summary>The pack's named word lists, which its rules may refer to.</summary>
    private static readonly RuleSource Lists = new("rules/lists.yml", "rules.lists", File.ReadAllText(Path.Combine(RulesDirectory, "lists.yml")));

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RulesDirectory, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == "lists.yml")
            {
                continue;
            }

            data.Add(Path.GetRelativePath(RulesDirectory, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Each_rule_loads_is_documented_and_passes_its_examples(string relativePath)
    {
        var id = relativePath[..^4].Replace('/', '.');
        var text = File.ReadAllText(Path.Combine(RulesDirectory, relativePath));
        var set = RuleLoader.Load([Lists, new RuleSource($"rules/{relativePath}", id, text)]);

        Assert.Empty(set.Errors);
        var rule = Assert.Single(set.Rules);
        Assert.False(string.IsNullOrWhiteSpace(rule.Definition.Description), "The rule needs a description.");
        Assert.NotNull(rule.Definition.Link);
        Assert.Empty(ExampleRunner.Run(rule).Select(f => f.ToString()));
    }

    [Fact]
    public void Every_list_of_the_pack_loads_and_is_used()
    {
        var rules = Directory.EnumerateFiles(RulesDirectory, "*.yml", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "lists.yml").Select(File.ReadAllText).ToList();
        var names = Lists.Text.Split('\n').Where(l => l.Length > 0 && char.IsLetter(l[0]) && l.EndsWith(':')).Select(l => l[..^1]).ToList();

        Assert.Empty(RuleLoader.Load([Lists]).Errors);
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(rules, r => r.Contains($"{{{{list: {n}}}}}", StringComparison.Ordinal) || r.Contains($"{{{{words: {n}}}}}", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_failing_example_is_reported_with_its_file_and_line()
    {
        const string yaml = "extends: existence\nmessage: m\ntokens: [gaps]\nexamples:\n  - \"No [|gaps|] here.\"\n  - \"Some gaps here.\"\n";
        var rule = Assert.Single(RuleLoader.Load([new RuleSource("rules/T/R.yml", "T.R", yaml)]).Rules);

        var failure = Assert.Single(ExampleRunner.Run(rule));

        Assert.Equal("rules/T/R.yml:6: T.R: Unexpected finding on 'gaps': m", failure.ToString());
    }

    /// <summary>
    /// A pasted story with no paragraph breaks is one huge paragraph. No rule may take time that grows with
    /// the square of a paragraph's length: each would hit the match time limit and fail on it.
    /// </summary>
    [Fact]
    public void No_rule_fails_on_one_paragraph_of_300_KB()
    {
        var sentences = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "seeds"))
            .SelectMany(f => File.ReadAllText(f).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var paragraph = new System.Text.StringBuilder();
        for (var i = 0; paragraph.Length < 300_000; i++)
        {
            paragraph.Append(sentences[i % sentences.Count]).Append(' ');
        }

        var sources = Directory.EnumerateFiles(RulesDirectory, "*.yml", SearchOption.AllDirectories)
            .Select(f => new RuleSource(f, "Newsroom." + Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        var driver = new Lint.Analysis.AnalyzerDriver(RuleLoader.Load(sources).Analyzers);
        var document = new Lint.Syntax.PlainTextParser().Parse("paste.txt", new Lint.Text.SourceText(paragraph.ToString().TrimEnd()));

        var failures = driver.Analyze(document).Where(d => d.Id == "Lint.RuleFailure").Select(d => d.Message);

        Assert.Empty(failures);
    }
}
