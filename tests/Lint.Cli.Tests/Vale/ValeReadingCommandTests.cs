using System.Text;

namespace Lint.Cli.Tests.Vale;

/// <summary>
/// <c>lint vale</c> over a small Vale project made for each test: Vale's built-in rules, <c>[formats]</c>, scopes and
/// ignores, as Vale's documentation describes them, in Vale's line output.
/// </summary>
public class ValeReadingCommandTests
{
    private static readonly Dictionary<string, string> Isolated = new()
    {
        ["XDG_CONFIG_HOME"] = Path.Combine(Path.GetTempPath(), "lint-vale-tests-no-config"),
        ["VALE_CONFIG_PATH"] = string.Empty,
        ["VALE_STYLES_PATH"] = string.Empty,
    };

    private static TempFolder Project(string ini)
    {
        var folder = new TempFolder();
        folder.Write(".vale.ini", "StylesPath = styles\n" + ini);
        folder.Write("styles/House/Very.yml", "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: warning\ntokens:\n  - very\n");
        return folder;
    }

    [Fact]
    public void Based_on_the_vale_style_runs_vale_spelling_and_vale_repetition_with_vales_messages_and_exit_code()
    {
        using var folder = Project("[*]\nBasedOnStyles = Vale\n");
        folder.Write("story.md", "It was the the best recieve.\n");

        var result = LintProcess.RunWith(folder.Path, null, Isolated, "vale", "--output=line", "story.md");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal((1, "story.md:1:8:Vale.Repetition:'the' is repeated!\nstory.md:1:21:Vale.Spelling:Did you really mean 'recieve'?\n"), (result.ExitCode, result.Stdout));
    }

    [Fact]
    public void An_associated_extension_is_read_as_markdown_from_a_folder_and_from_standard_input_with_its_scopes_and_ignores()
    {
        using var folder = Project("IgnoredScopes = code, strong\n[formats]\nmdx = md\nadoc = asciidoc\n[*]\nBasedOnStyles = House\nTokenIgnores = (\\{\\{<[^>]*>\\}\\})\n");
        const string Story = "It is **very** good, {{< very >}} good and `very` very good.\n";
        folder.Write("docs/story.mdx", Story);

        var files = LintProcess.RunWith(folder.Path, null, Isolated, "vale", "--output=line", "docs");
        var stdin = LintProcess.RunWith(folder.Path, Encoding.UTF8.GetBytes(Story), Isolated, "vale", "--output=line", "--ext=.mdx");

        Assert.Equal("docs/story.mdx:1:51:House.Very:Avoid 'very'.\n", files.Stdout);
        Assert.Equal("stdin.mdx:1:51:House.Very:Avoid 'very'.\n", stdin.Stdout);
        Assert.Equal(0, files.ExitCode);
        Assert.StartsWith(".vale.ini:5:8: warning: [formats] adoc = asciidoc: Lint does not read 'asciidoc'", files.Stderr, StringComparison.Ordinal);
    }
}
