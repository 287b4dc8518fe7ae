namespace Lint.Cli.Tests;

/// <summary>RULES.md lists every rule of the default pack exactly as the rule files describe them.</summary>
public class RulesCatalogueTests
{
    [Fact]
    public void Rules_md_holds_the_catalogue_generated_from_the_rule_files()
    {
        var generated = LintProcess.Run("rules", "--markdown").Stdout;
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "RULES.md"));
        const string start = "<!-- rules:start -->\n";
        var from = document.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = document.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);

        Assert.True(
            generated == document[from..to],
            "RULES.md is out of date: replace its table with the output of `dotnet run --project src/Lint.Cli -- rules --markdown`.");
    }
}
