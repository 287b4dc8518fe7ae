namespace Lint.Cli.Tests;

/// <summary>
/// A newsroom's own rule wins over a default rule that says the opposite: the pack's Compounds turns "Web
/// site" into "website"; a house that writes "Web site" gets its own finding on "website" and not the
/// pack's on "Web site", in check and in fix alike.
/// </summary>
public class HouseStyleOverPackTests
{
    private const string Story = "Details are on the Web site. The city's website was down on Monday.\n";

    private const string HouseWebSite =
        "extends: substitution\nmessage: \"House style: write '%s', not '%s'.\"\nlevel: warning\nswap:\n  website: Web site\n" +
        "examples:\n  - text: \"the [|website|] is up\"\n    fixed: \"the Web site is up\"\n  - \"the Web site is up\"\n";

    [Fact]
    public void Without_a_house_rule_the_pack_asks_for_website()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        var check = LintProcess.RunIn(folder.Path, null, "check", ".");

        Assert.Contains("Newsroom.Compounds", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_house_rule_wins_and_the_pack_finding_that_contradicts_it_is_withdrawn()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house-rules]\n");
        folder.Write("house-rules/House/WebSite.yml", HouseWebSite);
        folder.Write("story.txt", Story);

        var check = LintProcess.RunIn(folder.Path, null, "check", ".");
        var fix = LintProcess.RunIn(folder.Path, null, "fix", ".", "--dry-run", "--include-editorial");

        Assert.Contains("House.WebSite", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsroom.Compounds", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("+Details are on the Web site. The city's Web site was down on Monday.", fix.Stdout, StringComparison.Ordinal);
    }
}
