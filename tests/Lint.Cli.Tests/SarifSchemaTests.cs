using NJsonSchema;

namespace Lint.Cli.Tests;

/// <summary>The SARIF output validates against the official SARIF 2.1.0 JSON schema (from the Sarif.Sdk package).</summary>
public class SarifSchemaTests
{
    [Fact]
    public async Task Sarif_of_the_seeds_is_valid_sarif_2_1_0()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json"));
        var sarif = LintProcess.Run("check", "seeds", "--format", "sarif").Stdout;

        var errors = schema.Validate(sarif);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task Sarif_with_rule_errors_and_a_broken_article_is_still_valid()
    {
        using var folder = new TempFolder();
        folder.Write("rules/House/Bad.yml", "extends: existence\nmessage: m\ntokens: ['(']\n");
        folder.Write("story.txt", "Materials are filing critical gaps, Liu Pengyu said.");
        folder.Write("binary.txt", [0x00, 0x01, 0x02]);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json"));

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "--rules", "rules", "--format", "sarif");

        Assert.Empty(schema.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"));
        Assert.Contains("toolConfigurationNotifications", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_with_suppressions_and_baseline_states_is_valid()
    {
        using var folder = new TempFolder();
        var baseline = Path.Combine(folder.Path, "lint-baseline.sarif");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json"));
        LintProcess.Run("baseline", "tests/Lint.Cli.Tests/Fixtures/suppression/page.html", "--output", baseline);

        var result = LintProcess.Run("check", "tests/Lint.Cli.Tests/Fixtures/suppression", "--baseline", baseline, "--format", "sarif");

        Assert.Empty(schema.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"));
        Assert.Contains("\"kind\": \"inSource\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"baselineState\": \"unchanged\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"baselineState\": \"new\"", result.Stdout, StringComparison.Ordinal);
    }
}
