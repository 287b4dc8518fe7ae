using System.IO.Compression;
using Lint.Diagnostics;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Tests.Vale;

/// <summary>Each <c>.vale.ini</c> key as Vale documents it, read through the same locator <c>lint check</c> uses.</summary>
public class ValeConfigTests
{
    private static (FileSettings Settings, List<ConfigError> Errors) SettingsFor(TempFolder folder, string article)
    {
        var locator = new ConfigLocator();
        var full = Path.Combine(folder.Path, article);
        return (locator.For(Path.GetDirectoryName(full)!, full), locator.Loader.Errors);
    }

    private static TempFolder Project(string ini, params string[] styles)
    {
        var folder = new TempFolder();
        folder.Write(".vale.ini", ini);
        foreach (var style in styles)
        {
            folder.Write($"styles/{style}/Rule.yml", "extends: existence\nmessage: x\ntokens: [x]\n");
        }

        return folder;
    }

    [Fact]
    public void Based_on_styles_turns_a_styles_rules_on_and_the_default_pack_off()
    {
        using var folder = Project("StylesPath = styles\n[*]\nBasedOnStyles = House\n", "House", "Other");

        var (settings, errors) = SettingsFor(folder, "a.md");

        Assert.Empty(errors);
        Assert.False(settings.UseDefaultRules);
        Assert.Equal([Path.Combine(folder.Path, "styles", "House")], settings.RuleFolders);
        Assert.True(settings.Resolve("House.Rule", true).Enabled);
    }

    [Fact]
    public void A_syntax_sections_styles_replace_the_global_ones_for_the_files_it_matches()
    {
        using var folder = Project("StylesPath = styles\n[*]\nBasedOnStyles = House\n[*.md]\nBasedOnStyles = Other\n", "House", "Other");

        var (markdown, errors) = SettingsFor(folder, "docs/a.md");
        var (text, _) = SettingsFor(folder, "docs/a.txt");

        Assert.Empty(errors);
        Assert.Equal((false, true), (markdown.Resolve("House.Rule", true).Enabled, markdown.Resolve("Other.Rule", true).Enabled));
        Assert.Equal((true, false), (text.Resolve("House.Rule", true).Enabled, text.Resolve("Other.Rule", true).Enabled));
    }

    [Fact]
    public void Of_two_matching_sections_the_later_one_gives_the_styles()
    {
        using var folder = Project("StylesPath = styles\n[*.md]\nBasedOnStyles = House\n[docs/*.md]\nBasedOnStyles = Other\n", "House", "Other");

        var (docs, _) = SettingsFor(folder, "docs/a.md");
        var (blog, _) = SettingsFor(folder, "blog/a.md");

        Assert.Equal((false, true), (docs.Resolve("House.Rule", true).Enabled, docs.Resolve("Other.Rule", true).Enabled));
        Assert.Equal((true, false), (blog.Resolve("House.Rule", true).Enabled, blog.Resolve("Other.Rule", true).Enabled));
    }

    [Fact]
    public void No_turns_a_rule_off_a_level_turns_it_on_at_that_level_everywhere_and_a_section_beats_the_global_section()
    {
        using var folder = Project("StylesPath = styles\n[*]\nBasedOnStyles = House\nHouse.Rule = NO\n[*.md]\nHouse.Rule = error\n[*.txt]\nOther.Rule = YES\n", "House", "Other");

        var (markdown, errors) = SettingsFor(folder, "a.md");
        var (text, _) = SettingsFor(folder, "a.txt");

        Assert.Empty(errors);
        Assert.Equal((true, Severity.Error), markdown.Resolve("House.Rule", true));
        Assert.Equal((false, Severity.Error), text.Resolve("House.Rule", true));
        Assert.True(text.Resolve("Other.Rule", true).Enabled); // on by name though its style is not a base style
        Assert.False(markdown.Resolve("Other.Rule", true).Enabled);
    }

    [Fact]
    public void Min_alert_level_is_the_lowest_level_shown()
    {
        using var folder = Project("StylesPath = styles\nMinAlertLevel = warning\n[*]\nBasedOnStyles = House\n", "House");

        var (settings, _) = SettingsFor(folder, "a.md");

        Assert.Equal(Severity.Warning, settings.MinLevel);
    }

    [Fact]
    public void Token_and_block_ignores_apply_to_the_files_their_section_matches()
    {
        using var folder = Project("StylesPath = styles\n[*.md]\nBasedOnStyles = House\nTokenIgnores = (\\$+[^\\n$]+\\$+)\nBlockIgnores = (?s)(<svg>.*?</svg>)\n", "House");

        var (markdown, errors) = SettingsFor(folder, "a.md");
        var (text, _) = SettingsFor(folder, "a.txt");

        Assert.Empty(errors);
        Assert.Equal(2, markdown.TextIgnores.Count);
        Assert.Empty(text.TextIgnores);
        Assert.Contains(markdown.TextIgnores, i => i.Pattern.IsMatch("cost $x + y$ here"));
        Assert.Contains(markdown.TextIgnores, i => i.Pattern.IsMatch("<svg>\n</svg>"));
    }

    [Fact]
    public void Vocab_accepted_terms_make_vale_terms_and_exceptions_and_rejected_terms_make_vale_avoid()
    {
        using var folder = Project("StylesPath = styles\nVocab = News\n[*]\nBasedOnStyles = Vale, House\n", "House");
        folder.Write("styles/config/vocabularies/News/accept.txt", "# our names\nNewsroom\n[Ll]int\n");
        folder.Write("styles/config/vocabularies/News/reject.txt", "synergy\n");

        var (settings, errors) = SettingsFor(folder, "a.md");

        Assert.Empty(errors);
        var sources = settings.RuleSources.Select(s => s.Source).ToList();
        Assert.Equal(["Vale.Terms", "Vale.Avoid", "Vale.Spelling", "Vale.Repetition"], sources.Select(s => s.Id)); // with Vale's built-in rules
        Assert.Contains("'(?i:Newsroom)': 'Newsroom'", sources[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Ll]int", sources[0].Text, StringComparison.Ordinal); // a pattern is an exception only, as in Vale
        Assert.Contains("- 'synergy'", sources[1].Text, StringComparison.Ordinal);
        Assert.True(settings.Resolve("Vale.Terms", true).Enabled);
        Assert.Equal(2, settings.TextIgnores.Count(i => i.WholeFinding));
    }

    [Fact]
    public void Vale_terms_run_only_where_the_vale_style_is_a_base_style()
    {
        using var folder = Project("StylesPath = styles\nVocab = News\n[*]\nBasedOnStyles = House\n", "House");
        folder.Write("styles/config/vocabularies/News/accept.txt", "Newsroom\n");

        var (settings, errors) = SettingsFor(folder, "a.md");

        Assert.Empty(errors);
        Assert.False(settings.Resolve("Vale.Terms", true).Enabled);
    }

    [Fact]
    public void Packages_are_read_from_a_local_zip_or_folder_and_a_synced_package_from_styles_path()
    {
        using var folder = Project("StylesPath = styles\nPackages = pkg/Zipped.zip, pkg/Folder, Synced\n[*]\nBasedOnStyles = Zipped, Folder, Synced\n", "Synced");
        folder.Write("pkg/Folder/Folder/Rule.yml", "extends: existence\nmessage: x\ntokens: [x]\n");
        using (var zip = ZipFile.Open(Path.Combine(folder.Path, "pkg", "Zipped.zip"), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("Zipped/Rule.yml").Open());
            writer.Write("extends: existence\nmessage: x\ntokens: [x]\n");
        }

        var (settings, errors) = SettingsFor(folder, "a.md");

        Assert.Empty(errors);
        Assert.Equal(["Zipped.Rule", "Folder.Rule"], settings.RuleSources.Select(s => s.Source.Id));
        Assert.Equal([Path.Combine(folder.Path, "styles", "Synced")], settings.RuleFolders);
        Assert.True(settings.Resolve("Zipped.Rule", true).Enabled);
    }

    [Fact]
    public void A_package_to_download_is_an_error_that_says_lint_does_not_download()
    {
        using var folder = Project("StylesPath = styles\nPackages = https://example.com/Pkg.zip\n[*]\nBasedOnStyles = House\n", "House");

        var (_, errors) = SettingsFor(folder, "a.md");

        var error = Assert.Single(errors);
        Assert.Contains("Lint does not download", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 12), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("StylesPath = nowhere\n", 1, "StylesPath 'nowhere' does not exist.")]
    [InlineData("StylesPath = styles\nMinAlertLevel = loud\n", 2, "MinAlertLevel must be 'suggestion', 'warning', or 'error', not 'loud'.")]
    [InlineData("StylesPath = styles\nColour = red\n", 2, "Unknown core setting 'Colour'")]
    [InlineData("StylesPath = styles\n[*]\nBasedOnStyles = Missing\n", 3, "No style 'Missing' in StylesPath")]
    [InlineData("StylesPath = styles\n[*]\nHouse.Rule = maybe\n", 3, "'House.Rule' must be YES, NO, suggestion, warning or error, not 'maybe'.")]
    [InlineData("StylesPath = styles\n[*]\nBasedOn = House\n", 3, "Unknown setting 'BasedOn' in [*]")]
    [InlineData("StylesPath = styles\n[*.{md]\nBasedOnStyles = House\n", 2, "'{' without a closing '}'")]
    [InlineData("StylesPath = styles\n[*]\nTokenIgnores = (unclosed\n", 3, "is not a valid regular expression")]
    [InlineData("StylesPath = styles\nVocab = Nope\n", 2, "No vocabulary 'Nope'")]
    public void A_bad_configuration_is_an_error_at_its_line(string ini, int line, string message)
    {
        using var folder = Project(ini, "House");

        var (_, errors) = SettingsFor(folder, "a.md");

        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.EndsWith(".vale.ini", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void In_one_folder_lint_yaml_wins_and_can_extend_the_vale_ini_to_combine_them()
    {
        using var folder = Project("StylesPath = styles\n[*]\nBasedOnStyles = House\n", "House");
        folder.Write("alone/.lint.yaml", "min-level: error\n");
        folder.Write("alone/.vale.ini", "this is not read\n");
        folder.Write("both/.lint.yaml", "extends: ../.vale.ini\ndefault-rules: true\nseverity:\n  House.Rule: error\n");

        var (alone, aloneErrors) = SettingsFor(folder, "alone/a.md");
        var (both, bothErrors) = SettingsFor(folder, "both/a.md");
        var (vale, _) = SettingsFor(folder, "a.md");

        Assert.Empty(aloneErrors.Concat(bothErrors));
        Assert.Equal(Severity.Error, alone.MinLevel);
        Assert.True(alone.UseDefaultRules);
        Assert.True(both.UseDefaultRules);
        Assert.Equal((true, Severity.Error), both.Resolve("House.Rule", true));
        Assert.Equal([Path.Combine(folder.Path, "styles", "House")], both.RuleFolders);
        Assert.False(vale.UseDefaultRules);
    }
}
