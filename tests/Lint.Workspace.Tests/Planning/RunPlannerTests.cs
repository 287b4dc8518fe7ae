using Lint.Diagnostics;
using Lint.Workspace.Loading;
using Lint.Workspace.Planning;

namespace Lint.Workspace.Tests.Planning;

/// <summary>
/// The one planner of check, fix and baseline: which articles run, which rules load, and what each
/// article's configuration decides, from the folders and their <c>.lint.yaml</c> files.
/// </summary>
public class RunPlannerTests
{
    private const string Typo = "extends: substitution\nmessage: \"Use '%s', not '%s'.\"\nlevel: error\nswap:\n  teh: the\n";
    private const string Hedge = "extends: existence\nmessage: \"Cut '%s'.\"\nlevel: suggestion\ntokens:\n  - very\n";

    private static (RunPlan? Plan, List<string> Problems) Plan(TempFolder folder, CommandLevels? levels = null)
    {
        var problems = new List<string>();
        var plan = RunPlanner.Plan([folder.Path], new Configurations(new RuleOptions([], UseDefaults: false)), levels ?? CommandLevels.None, problems);
        return (plan, problems);
    }

    [Fact]
    public void A_Vale_action_Lint_does_not_use_is_a_note_and_the_rule_runs()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house]\n");
        folder.Write("house/House/Hedge.yml", Hedge + "action:\n  name: edit\n");
        folder.Write("story.txt", "It is very cold.");

        var (plan, problems) = Plan(folder);

        Assert.NotNull(plan);
        Assert.Single(plan.Rules.Rules.Rules);
        var note = Assert.Single(problems);
        Assert.Matches(@"house/House/Hedge\.yml:7:3: note: Vale's 'edit' action is not used", note);
    }

    [Fact]
    public void Ignored_articles_are_left_out_but_counted_as_found()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house]\nignore: [\"drafts/**\"]\n");
        folder.Write("house/House/Typo.yml", Typo);
        var story = folder.Write("story.txt", "teh end");
        folder.Write("drafts/draft.txt", "teh end");

        var (plan, problems) = Plan(folder);

        Assert.Empty(problems);
        Assert.Equal([story], plan!.Articles.Select(a => a.FullPath));
        Assert.Equal(2, plan.Found);
    }

    [Fact]
    public void A_rule_runs_only_on_the_articles_whose_configuration_uses_its_folder()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house]\n");
        folder.Write("house/House/Typo.yml", Typo);
        folder.Write("desk/.lint.yaml", "rules: [desk-rules]\nseverity:\n  Desk.Hedge: warning\n");
        folder.Write("desk/desk-rules/Desk/Hedge.yml", Hedge);
        folder.Write("story.txt", "a very teh story");
        folder.Write("desk/story.txt", "a very teh story");

        var (plan, problems) = Plan(folder);

        Assert.Empty(problems);
        Assert.Equal(["Desk.Hedge", "House.Typo"], plan!.Rules.Rules.Rules.Select(r => r.Definition.Id).Order(StringComparer.Ordinal));
        var desk = plan.Articles.Single(a => a.FullPath.Contains("desk", StringComparison.Ordinal)).Settings;
        var root = plan.Articles.Single(a => !a.FullPath.Contains("desk", StringComparison.Ordinal)).Settings;
        Assert.Equal((true, false), (root.IsEnabled("House.Typo"), root.IsEnabled("Desk.Hedge")));
        Assert.Equal((false, true), (desk.IsEnabled("House.Typo"), desk.IsEnabled("Desk.Hedge")));
        Assert.Equal(Severity.Warning, desk.SeverityOf("Desk.Hedge"));
    }

    [Fact]
    public void Articles_configured_alike_share_one_settings_object()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house]\noverrides:\n  - files: \"opinion/**\"\n    disable: [House]\n");
        folder.Write("house/House/Typo.yml", Typo);
        folder.Write("a.txt", "teh");
        folder.Write("b.txt", "teh");
        folder.Write("opinion/c.txt", "teh");

        var (plan, _) = Plan(folder);

        var settings = plan!.Articles.Select(a => a.Settings).ToList();
        Assert.Same(settings[0], settings[1]);
        Assert.NotSame(settings[0], settings[2]);
        Assert.False(settings[2].IsEnabled("House.Typo"));
    }

    [Fact]
    public void The_command_line_levels_beat_the_configuration()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house]\nfail-level: none\nmin-level: error\n");
        folder.Write("house/House/Typo.yml", Typo);
        folder.Write("a.txt", "teh");

        var (configured, _) = Plan(folder);
        var (commanded, _) = Plan(folder, new CommandLevels((Severity.Warning, true), Severity.Suggestion));

        Assert.Equal(((Severity?)null, Severity.Error), (configured!.Articles[0].Settings.FailLevel, configured.Articles[0].Settings.MinLevel));
        Assert.Equal(((Severity?)Severity.Warning, Severity.Suggestion), (commanded!.Articles[0].Settings.FailLevel, commanded.Articles[0].Settings.MinLevel));
    }

    [Theory]
    [InlineData("rules: [house]\ncolour: red\n", ".lint.yaml:2:1: error: Unknown key 'colour'")]
    [InlineData("rules: [house]\ndisable: [House.Typos]\n", ".lint.yaml:2:11: error: 'House.Typos' is not a loaded rule or style")]
    public void A_broken_configuration_gives_no_plan_and_says_where(string config, string problem)
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", config);
        folder.Write("house/House/Typo.yml", Typo);
        folder.Write("a.txt", "teh");

        var (plan, problems) = Plan(folder);

        Assert.Null(plan);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
