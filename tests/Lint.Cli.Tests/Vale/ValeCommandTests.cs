using System.Text;
using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace Lint.Cli.Tests.Vale;

/// <summary>
/// <c>lint vale</c> over a Vale project written for these tests (tests/Lint.Cli.Tests/Vale/Fixture: a
/// <c>.vale.ini</c>, a small House style, a vocabulary), run from the project's folder as CI runs Vale: Vale's
/// outputs as reviewed snapshots, and Vale's exit codes, inputs and flags.
/// </summary>
public class ValeCommandTests
{
    private static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Cli.Tests", "Vale", "Fixture");

    /// <summary>No global Vale configuration, no VALE_CONFIG_PATH: only the project's .vale.ini decides.</summary>
    private static readonly Dictionary<string, string> Isolated = new()
    {
        ["XDG_CONFIG_HOME"] = Path.Combine(Path.GetTempPath(), "lint-vale-tests-no-config"),
        ["VALE_CONFIG_PATH"] = string.Empty,
        ["VALE_STYLES_PATH"] = string.Empty,
    };

    private static LintProcess.Result Vale(params string[] args) => LintProcess.RunWith(Fixture, null, Isolated, ["vale", .. args]);

    private static LintProcess.Result ValeIn(string directory, byte[]? stdin, params string[] args) =>
        LintProcess.RunWith(directory, stdin, Isolated, ["vale", .. args]);

    [Fact]
    public void Cli_output_is_vales_table_per_file_and_summary()
    {
        var result = Vale("docs");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(1, result.ExitCode);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Line_output_is_path_line_column_check_message()
    {
        var result = Vale("--output=line", "docs");

        Assert.Equal(1, result.ExitCode);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Json_output_maps_each_path_to_its_alerts_with_vales_fields()
    {
        var result = Vale("--output=JSON", "docs");

        Assert.Equal(1, result.ExitCode);
        var very = JsonNode.Parse(result.Stdout)!["docs/story.md"]!.AsArray().Single(a => (string?)a!["Check"] == "House.Very")!;
        Assert.Equal([54, 57], very["Span"]!.AsArray().Select(n => (int)n!));
        Assert.Equal("https://example.com/style/very", (string?)very["Link"]);
        Assert.Equal("error", (string?)very["Severity"]);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Json_output_without_alerts_is_an_empty_object_and_exit_code_0()
    {
        var result = Vale("--output=JSON", "docs/clean.txt");

        Assert.Equal((0, "{}\n"), (result.ExitCode, result.Stdout));
    }

    [Fact]
    public void Warnings_alone_exit_0_and_no_exit_never_fails()
    {
        var warnings = Vale("--output=line", "docs/notes.txt");
        var errors = Vale("--output=line", "--no-exit", "docs");

        Assert.Equal(0, warnings.ExitCode);
        Assert.Equal("docs/notes.txt:1:21:House.Weasel:'fairly' is a weasel word!\n", warnings.Stdout);
        Assert.Equal(0, errors.ExitCode);
        Assert.Contains(":Vale.Avoid:Avoid using 'synergy'.", errors.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_alert_level_on_the_command_line_beats_the_configurations()
    {
        var result = Vale("--output=line", "--minAlertLevel=error", "docs");

        Assert.All(result.Stdout.TrimEnd('\n').Split('\n'), line => Assert.Matches(":(House\\.Very|Vale\\.Terms|Vale\\.Avoid):", line));
        Assert.Equal(4, result.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Standard_input_is_linted_as_stdin_with_the_ext_extension()
    {
        var result = ValeIn(Fixture, Encoding.UTF8.GetBytes("It is quite {{ extremely }} good.\n"), "--ext=.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("\n stdin.md\n 1:7  warning  'quite' is a weasel word!  House.Weasel \n\n✖ 0 errors, 1 warning and 0 suggestions in stdin.\n", result.Stdout);
    }

    [Fact]
    public void A_single_argument_that_is_not_a_file_is_the_text_to_lint()
    {
        var result = Vale("--output=line", "We use lint daily.");

        Assert.Equal((1, "stdin.txt:1:8:Vale.Terms:Use 'Lint' instead of 'lint'.\n"), (result.ExitCode, result.Stdout));
    }

    [Fact]
    public void The_configuration_is_found_upward_from_the_working_directory()
    {
        var result = ValeIn(Path.Combine(Fixture, "docs"), null, "--output=line", "notes.txt");

        Assert.Equal("notes.txt:1:21:House.Weasel:'fairly' is a weasel word!\n", result.Stdout);
    }

    [Fact]
    public void Glob_keeps_or_leaves_out_files_as_vales_glob_does()
    {
        var markdown = Vale("--output=line", "--glob=*.md", "docs");
        var notMarkdown = Vale("--output=line", "--glob=!*.md", "docs");

        Assert.All(markdown.Stdout.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("docs/story.md:", line, StringComparison.Ordinal));
        Assert.Equal("docs/notes.txt:1:21:House.Weasel:'fairly' is a weasel word!\n", notMarkdown.Stdout);
    }

    [Fact]
    public void No_configuration_a_missing_config_file_or_a_template_output_is_a_runtime_error_exit_2()
    {
        var empty = Path.Combine(Path.GetTempPath(), "lint-vale-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var none = LintProcess.RunWith(empty, null, new Dictionary<string, string>(Isolated) { ["HOME"] = empty }, "vale", "x.md");
            var missing = Vale("--config=nowhere/.vale.ini", "docs");
            var template = Vale("--output=mine.tmpl", "docs");

            Assert.Equal(2, none.ExitCode);
            Assert.Contains(".vale.ini not found", none.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("--config: the path 'nowhere/.vale.ini' does not exist.", missing.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, template.ExitCode);
            Assert.Contains("templates are not supported", template.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Config_flag_and_vale_config_path_choose_the_file()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "lint-vale-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        try
        {
            File.WriteAllText(Path.Combine(elsewhere, "story.txt"), "We use lint daily, fairly.\n");
            var config = Path.Combine(Fixture, ".vale.ini");
            var flag = ValeIn(elsewhere, null, "--output=line", $"--config={config}", "story.txt");
            var environment = LintProcess.RunWith(elsewhere, null, new Dictionary<string, string>(Isolated) { ["VALE_CONFIG_PATH"] = config }, "vale", "--output=line", "story.txt");

            Assert.Equal("story.txt:1:8:Vale.Terms:Use 'Lint' instead of 'lint'.\nstory.txt:1:20:House.Weasel:'fairly' is a weasel word!\n", flag.Stdout);
            Assert.Equal(flag.Stdout, environment.Stdout);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Lint_check_reads_the_vale_ini_of_a_folder_without_a_lint_yaml()
    {
        var result = LintProcess.RunWith(Fixture, null, Isolated, "check", "docs/notes.txt", "--format", "json");

        var findings = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray();
        Assert.Equal(["House.Weasel"], findings.Select(f => (string)f!["rule"]!));
    }

    [Fact]
    public void A_rule_that_does_not_load_is_reported_and_the_other_rules_still_run()
    {
        var project = Path.Combine(Path.GetTempPath(), "lint-vale-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(project, "styles", "House"));
        try
        {
            File.WriteAllText(Path.Combine(project, ".vale.ini"), "StylesPath = styles\n[*]\nBasedOnStyles = House\nHouse.Broken = NO\n");
            File.WriteAllText(Path.Combine(project, "styles", "House", "Broken.yml"), "extends: nonsense\nmessage: x\n");
            File.WriteAllText(Path.Combine(project, "styles", "House", "Weasel.yml"), "extends: existence\nmessage: \"'%s' is a weasel word!\"\ntokens: [fairly]\n");
            File.WriteAllText(Path.Combine(project, "a.txt"), "It is fairly good.\n");

            var result = ValeIn(project, null, "--output=line", "a.txt");

            Assert.Equal("a.txt:1:7:House.Weasel:'fairly' is a weasel word!\n", result.Stdout);
            Assert.Contains("styles/House/Broken.yml", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, result.ExitCode);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public void Ls_config_prints_the_configuration_in_use()
    {
        var result = Vale("ls-config");

        var config = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Path.Combine(Fixture, "styles"), (string?)config["StylesPath"]);
        Assert.Equal(["Vale", "House"], config["GBaseStyles"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("NO", (string?)config["Checks"]!["*.txt"]!["House.Passive"]);
    }

    [Fact]
    public void Lint_check_takes_no_vale_ini_from_the_home_folder_but_one_in_the_project()
    {
        using var home = new TempFolder();
        home.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = Nothing\n");
        home.Write("styles/Nothing/.keep", string.Empty);
        home.Write("work/story.txt", "Chinese materials are filing critical gaps.\n");
        var environment = new Dictionary<string, string>(Isolated) { ["HOME"] = home.Path };

        var fromHome = LintProcess.RunWith(Path.Combine(home.Path, "work"), null, environment, "check", "story.txt", "--format", "text");
        home.Write("work/.vale.ini", "StylesPath = ../styles\n[*]\nBasedOnStyles = Nothing\n");
        var inProject = LintProcess.RunWith(Path.Combine(home.Path, "work"), null, environment, "check", "story.txt", "--format", "text");

        Assert.Contains("[Newsroom.ContextTypos]", fromHome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsroom.", inProject.Stdout, StringComparison.Ordinal);
    }
}
