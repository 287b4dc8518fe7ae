using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Loading;
using Mono.Unix.Native;

namespace Lint.Workspace.Tests.Configuration;

/// <summary>
/// A <c>.lint.yaml</c> may be someone else's (a pull request from a fork): it reaches only inside its
/// repository, reads only YAML within the configuration limits, and never quotes another file (issue 16).
/// </summary>
public class TrustBoundaryTests
{
    private static List<ConfigError> ErrorsFor(TempFolder folder, string article, bool allowOutside = false)
    {
        var locator = new ConfigLocator(allowOutside);
        var full = Path.Combine(folder.Path, article);
        locator.For(Path.GetDirectoryName(full)!, full);
        return locator.Loader.Errors;
    }

    [Theory]
    [InlineData("extends: ../../../../../../../../etc/passwd\n")]
    [InlineData("extends: /proc/self/environ\n")]
    public void Extends_outside_the_repository_is_refused_without_reading_it(string config)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write("desk/.lint.yaml", config);

        var error = Assert.Single(ErrorsFor(folder, "desk/a.md"));

        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.Contains("which is outside the repository", error.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-outside-repo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secrets_file_outside_is_never_quoted_even_when_outside_is_allowed()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var secrets = elsewhere.Write("secrets.env", "fail-level: hunter2-secret\n");
        folder.Write(".lint.yaml", $"extends: {secrets}\n");

        var refused = Assert.Single(ErrorsFor(folder, "a.md"));
        var notYaml = Assert.Single(ErrorsFor(folder, "a.md", allowOutside: true));

        Assert.Contains("outside the repository", refused.Message, StringComparison.Ordinal);
        Assert.Contains("which is neither a YAML file (.yaml or .yml) nor a Vale configuration (.vale.ini); it was not read.", notYaml.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused.Message + notYaml.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_file_outside_is_read_only_with_the_flag()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var shared = elsewhere.Write("newsroom.yaml", "fail-level: warning\n");
        folder.Write(".lint.yaml", $"extends: {shared}\n");

        Assert.Single(ErrorsFor(folder, "a.md"));
        Assert.Empty(ErrorsFor(folder, "a.md", allowOutside: true));
    }

    [Fact]
    public void A_story_folders_config_may_extend_its_newsrooms_outside_git()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "fail-level: warning\n");
        folder.Write("desk/.lint.yaml", "extends: ../.lint.yaml\n");

        Assert.Empty(ErrorsFor(folder, "desk/a.md"));
    }

    [Fact]
    public void Rules_naming_the_root_of_the_file_system_are_refused_not_walked()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [/]\n");

        var error = Assert.Single(ErrorsFor(folder, "a.md"));

        Assert.Equal((1, 9), (error.Line, error.Column));
        Assert.Contains("'rules' names '/', which is outside the repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_repository_to_a_file_outside_is_outside()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var target = elsewhere.Write("base.yaml", "fail-level: warning\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "base.yaml"), target);
        folder.Write(".lint.yaml", "extends: base.yaml\n");

        Assert.Contains("outside the repository", Assert.Single(ErrorsFor(folder, "a.md")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_nested_100000_deep_is_a_located_error_not_a_stack_overflow()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var error = Assert.Single(ErrorsFor(folder, "a.md"));

        Assert.Equal((1, 71), (error.Line, error.Column));
        Assert.Equal($"Lists and mappings nest more than {ConfigLimits.MaxDepth} deep here, past the configuration nesting limit (MaxConfigDepth: {ConfigLimits.MaxDepth}).", error.Message);
    }

    [Fact]
    public void An_extended_file_over_the_size_limit_is_refused_without_being_read_whole()
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", "ignore:\n" + string.Concat(Enumerable.Repeat("  - abcdefghijklmnopqrstuvwxyz\n", 50_000)));
        folder.Write(".lint.yaml", "extends: base.yaml\n");

        var error = Assert.Single(ErrorsFor(folder, "a.md"));

        Assert.EndsWith("base.yaml", error.Path, StringComparison.Ordinal);
        Assert.Contains("the most a configuration file may have (MaxConfigBytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extends_that_is_a_link_to_dev_zero_is_refused_not_read_until_memory_runs_out()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "base.yaml"), "/dev/zero");
        folder.Write(".lint.yaml", "extends: base.yaml\n");

        var error = Assert.Single(ErrorsFor(folder, "a.md"));

        Assert.StartsWith("'extends' names 'base.yaml', which is outside the repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_as_extends_is_refused_without_waiting_for_a_writer()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(folder.Path, "base.yaml"), FilePermissions.DEFFILEMODE));
        folder.Write(".lint.yaml", "extends: base.yaml\n");

        var errors = await Task.Run(() => ErrorsFor(folder, "a.md")).WaitAsync(TimeSpan.FromSeconds(60)); // a generous guard: it used to hang for ever

        Assert.Equal("The file is a named pipe (FIFO), not a file; it was not read.", Assert.Single(errors).Message);
    }

    [Fact]
    public void One_rule_file_that_cannot_be_read_does_not_drop_its_folder()
    {
        using var folder = new TempFolder();
        const string rule = "extends: existence\nmessage: \"Avoid '%s'.\"\ntokens: [foo]\n";
        folder.Write("rules/House/Good.yml", rule);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "rules/House/Dangling.yml"), "nowhere.yml");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "rules/House/Loop.yml"), "Loop.yml");
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(folder.Path, "rules/House/Pipe.yml"), FilePermissions.DEFFILEMODE));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "rules/House/Passwd.yml"), "/etc/passwd");

        var rules = RuleCatalog.Load(new RuleOptions([Path.Combine(folder.Path, "rules")], UseDefaults: false), []);

        Assert.Equal(["House.Good"], rules.Rules.Select(r => r.Definition.Id));
        Assert.Equal(
            [
                "Dangling.yml: The rule file is a link to nothing (its target does not exist); it was not loaded.",
                "Loop.yml: The rule file is a link that goes round in a circle; it was not loaded.",
                "Passwd.yml: The rule file is a link to a file outside its rules folder; it was not loaded.",
                "Pipe.yml: The rule file is a named pipe (FIFO), not a file; it was not loaded.",
            ],
            rules.Errors.Select(e => $"{Path.GetFileName(e.Path)}: {e.Message}"));
    }

    [Fact]
    public void A_missing_rules_folder_on_the_command_line_is_a_problem()
    {
        var problems = new List<string>();

        RuleCatalog.Load(new RuleOptions(["missing-folder"], UseDefaults: false), problems);

        Assert.Equal(["missing-folder: no such rules folder."], problems);
    }
}
