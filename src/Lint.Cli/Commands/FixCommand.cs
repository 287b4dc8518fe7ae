using System.CommandLine;
using System.Text;
using Humanizer;
using Lint.Cli.Fixing;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Input;
using Lint.Workspace.Planning;

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint fix PATH...</c>: apply the safe fixes (<see cref="FixLevel"/>; editorial ones too with
/// <c>--include-editorial</c> or a named <c>--rule</c>) in place, pass after pass until nothing changes, and
/// write each article back safely; with <c>--dry-run</c>, print a unified diff instead and change nothing.
/// </summary>
public sealed class FixCommand(Terminal terminal, ArticleFixer fixer, SafeFileWriter writer)
{
    private readonly Argument<string[]> _paths = ArticlePaths.Create("Articles or folders of articles to fix in place.");

    private readonly Option<string[]> _only = new("--rule")
    {
        Description = "Apply only the fixes of this rule (an id such as Newsroom.ContextTypos). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "Print the changes as a unified diff and change no file.",
    };

    private readonly Option<bool> _includeEditorial = new("--include-editorial")
    {
        Description = "Also apply editorial fixes (\"claimed\" to \"said\", a house spelling), not only the safe, mechanical ones.",
    };

    private readonly Option<string?> _minLevel = new Option<string?>("--min-level")
    {
        Description = "Fix only findings of this severity or above (default: the config's min-level, else suggestion).",
    }.AcceptOnlyFromAmong(LevelNames.Shown);

    private readonly RuleSelection _rules = new();

    public Command Build()
    {
        var command = new Command("fix", "Apply the safe fixes to articles in place (editorial ones with --include-editorial).");
        command.Arguments.Add(_paths);
        command.Options.Add(_only);
        command.Options.Add(_dryRun);
        command.Options.Add(_includeEditorial);
        command.Options.Add(_minLevel);
        _rules.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(parse, cancellationToken)));
        return command;
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var paths = parse.GetValue(_paths) ?? [];
        if (paths.Contains("-"))
        {
            terminal.Error.WriteLine("error: lint fix changes files in place, so it cannot fix standard input ('-').");
            return ExitCodes.UsageError;
        }

        var problems = new List<string>();
        var minLevel = parse.GetValue(_minLevel);
        var levels = new CommandLevels((null, false), minLevel is not null && LevelNames.TryParse(minLevel, false, out var min) ? min : null);
        var plan = RunPlanner.Plan(paths, new Configurations(_rules.Read(parse)), levels, problems);
        foreach (var problem in problems)
        {
            terminal.Error.WriteLine(problem);
        }

        var only = parse.GetValue(_only) ?? [];
        if (plan is null || Select(plan.Rules.Rules, only) is not { } rules)
        {
            return ExitCodes.UsageError;
        }

        var errors = plan.InputErrors.ToList();
        foreach (var error in errors)
        {
            terminal.Error.WriteLine($"error: {error}");
        }

        // Safe fixes by default; editorial ones with --include-editorial, or for the rules --rule names.
        var safe = rules.Rules.Where(r => r.Definition.Fix == FixLevel.Safe).Select(r => r.Definition.Id).ToHashSet(StringComparer.Ordinal);
        var includeEditorial = parse.GetValue(_includeEditorial) || only.Length > 0;
        var articles = plan.Articles.Select(a => (a.FullPath, only.Length == 0 ? a.Settings : a.Settings with { IsEnabled = id => only.Contains(id) })).ToList();
        var dryRun = parse.GetValue(_dryRun);
        var (fixes, changed, failed) = (0, 0, false);
        using (var diffs = dryRun ? new StreamWriter(terminal.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" } : null)
        {
            var end = fixer.Fix(rules, articles, id => includeEditorial || safe.Contains(id), (file, text) =>
            {
                if (!text.Changed)
                {
                    return;
                }

                var done = diffs is null ? Write(file, text) : PrintDiff(diffs, file, text);
                (fixes, changed, failed) = done ? (fixes + text.Applied.Count, changed + 1, failed) : (fixes, changed, true);
            }, cancellationToken);
            foreach (var error in end.InputErrors)
            {
                terminal.Error.WriteLine($"error: {error}");
            }

            errors.AddRange(end.InputErrors);
            if (end.Articles == 0 && plan.Articles.Count == plan.Found)
            {
                if (errors.Count == 0)
                {
                    terminal.Error.WriteLine($"error: no articles ({string.Join(", ", ArticleFinder.Extensions)}) found in {string.Join(", ", paths)}.");
                }

                return ExitCodes.UsageError;
            }

            if (!end.Settled)
            {
                terminal.Error.WriteLine($"warning: the fixes had not settled after {"pass".ToQuantity(end.MostPasses)} (some undo others); run lint check to see what is left.");
            }

            diffs?.Flush();
            var summary = FixSummary.Describe(fixes, changed, end.Articles, end.Remaining, dryRun);
            (dryRun ? terminal.Error : terminal.Out).WriteLine(summary);
        }

        return errors.Count > 0 || failed ? ExitCodes.UsageError : ExitCodes.Clean;
    }

    /// <summary>
    /// The loaded rules, narrowed to the <c>--rule</c> ids if any (which then run whatever the configuration
    /// says, a rule shipped off included); null (and a message) when nothing can run.
    /// </summary>
    private RuleSet? Select(RuleSet rules, IReadOnlyList<string> only)
    {
        if (rules.Rules.Count == 0)
        {
            terminal.Error.WriteLine("error: no rule could be loaded, so nothing was fixed.");
            return null;
        }

        var unknown = only.Where(id => !rules.Rules.Any(r => r.Definition.Id == id)).ToList();
        foreach (var id in unknown)
        {
            terminal.Error.WriteLine($"error: no loaded rule has the id '{id}'; lint rules lists them.");
        }

        if (unknown.Count > 0)
        {
            return null;
        }

        return only.Count == 0 ? rules : rules with { Rules = rules.Rules.Where(r => only.Contains(r.Definition.Id)).ToList() };
    }

    private static bool PrintDiff(StreamWriter diffs, ArticleFile file, FixedText text)
    {
        var path = file.Article.DisplayPath;
        diffs.Write(UnifiedDiff.Create(text.Original.Content, text.Text.Content, $"a/{path}", $"b/{path}"));
        return true;
    }

    /// <summary>Writes one fixed article and says so; false (and a message) when it could not be written.</summary>
    private bool Write(ArticleFile file, FixedText text)
    {
        var path = file.Article.DisplayPath;
        foreach (var leftover in Leftovers(file.FullPath))
        {
            terminal.Error.WriteLine($"warning: {Workspace.Input.ArticleReader.DisplayPath(leftover)} is a temporary file left by an interrupted 'lint fix'; the article is intact, and the file can be removed.");
        }

        if (WriteProblem(file, text) is { } problem)
        {
            terminal.Error.WriteLine($"error: {path} {problem}; left as it was.");
            return false;
        }

        terminal.Out.WriteLine($"{path}: fixed {"finding".ToQuantity(text.Applied.Count)}.");
        return true;
    }

    /// <summary>The temporary files an interrupted fix of <paramref name="fullPath"/> left beside it.</summary>
    private static IEnumerable<string> Leftovers(string fullPath) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.*.lint-tmp").Order(StringComparer.Ordinal);

    /// <summary>Writes one fixed article; null when it was written, else why it was not.</summary>
    private string? WriteProblem(ArticleFile file, FixedText text)
    {
        try
        {
            return writer.Write(file.FullPath, file.Encoding.GetBytes(text.Text.Content), file.Snapshot) switch
            {
                WriteOutcome.Written => null,
                WriteOutcome.ChangedOnDisk => "changed on disk while it was being fixed",
                WriteOutcome.HardLinked => "has other names (hard links), which a rewrite would leave with the old text; fix it by hand or break the links first",
                WriteOutcome.OwnerWouldChange => "belongs to another owner or group, which this run cannot give to the fixed file",
                _ => "is read-only",
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EncoderFallbackException)
        {
            return $"could not be written ({ex.Message})";
        }
    }
}
