using Lint.Diagnostics;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Tests.Configuration;

public class ConfigLocatorTests
{
    private static (FileSettings Settings, List<ConfigError> Errors) SettingsFor(TempFolder folder, string article)
    {
        var locator = new ConfigLocator();
        var full = Path.Combine(folder.Path, article);
        return (locator.For(Path.GetDirectoryName(full)!, full), locator.Loader.Errors);
    }

    [Fact]
    public void A_rules_own_setting_beats_its_styles_and_a_later_layer_beats_an_earlier_one()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "disable: [House]\nenable: [House.Keep]\nseverity:\n  House: error\n  House.Keep: suggestion\noverrides:\n  - files: 'opinion/**'\n    enable: [House]\n");

        var (news, errors) = SettingsFor(folder, "news/a.md");
        var (opinion, _) = SettingsFor(folder, "opinion/deep/b.md");

        Assert.Empty(errors);
        Assert.Equal((false, Severity.Error), news.Resolve("House.Drop", true));
        Assert.Equal((true, Severity.Suggestion), news.Resolve("House.Keep", true));
        Assert.Equal((true, Severity.Error), opinion.Resolve("House.Drop", true));
        Assert.Equal((true, (Severity?)null), news.Resolve("Other.Rule", true));
    }

    [Fact]
    public void The_nearest_config_wins_and_brings_what_it_extends()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "fail-level: none\nmin-level: warning\nignore: ['drafts/**']\n");
        folder.Write("desk/.lint.yaml", "extends: ../.lint.yaml\nfail-level: warning\n");

        var (desk, errors) = SettingsFor(folder, "desk/a.md");
        var (draft, _) = SettingsFor(folder, "drafts/b.md");

        Assert.Empty(errors);
        Assert.Equal((Severity.Warning, true), desk.FailLevel);
        Assert.Equal(Severity.Warning, desk.MinLevel);
        Assert.True(draft.IsIgnored);
        Assert.False(desk.IsIgnored);
        Assert.Equal(((Severity?)null, true), draft.FailLevel);
    }

    [Theory]
    [InlineData("extends: ../none.yaml\n", 1, 10, "no such file")]
    [InlineData("extends: .lint.yaml\n", 1, 10, "goes round in a circle")]
    [InlineData("rules: [missing]\n", 1, 9, "No rules folder 'missing'")]
    [InlineData("default-rules: maybe\n", 1, 16, "must be true or false")]
    [InlineData("ignore: {a: b}\n", 1, 9, "'ignore' must be a list")]
    [InlineData("overrides:\n  - files: x\n    fail-level: none\n", 3, 5, "Unknown key 'fail-level' in an override")]
    [InlineData("disable: [a]\nenable: [a]\n", 2, 10, "both enabled and disabled")]
    [InlineData("- a\n- b\n", 1, 1, "must be a mapping")]
    [InlineData("severity: [\n", 2, 1, "not valid YAML")]
    [InlineData("disable: [a, ~]\n", 1, 14, "An entry of 'disable' has no value (a plain '~' is YAML for nothing)")]
    [InlineData("disable: [a, '']\n", 1, 14, "Each entry of 'disable' must be a single, non-empty value.")]
    [InlineData("fail-level: fatal\n", 1, 13, "'fail-level' must be error, warning, suggestion or none, not 'fatal'.")]
    [InlineData("min-level: none\n", 1, 12, "'min-level' must be error, warning or suggestion, not 'none'.")]
    [InlineData("overrides: {files: x}\n", 1, 12, "'overrides' must be a list of mappings ('- files: ...').")]
    [InlineData("overrides:\n  - enable: [a]\n", 2, 5, "An override needs 'files': the globs of the files it applies to.")]
    [InlineData("colour: red\n", 1, 1, "Unknown key 'colour' in a config file. Known keys: default-rules, disable, enable, extends, fail-level, ignore, min-level, overrides, rules, severity.")]
    public void A_bad_config_is_reported_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", yaml);

        var (_, errors) = SettingsFor(folder, "a.md");

        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.EndsWith(".lint.yaml", error.Path, StringComparison.Ordinal);
    }
}
