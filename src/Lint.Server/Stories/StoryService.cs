using System.Runtime.CompilerServices;
using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Planning;
using Lint.Workspace.Running;

namespace Lint.Server.Stories;

/// <summary>
/// What the API does with a story, over the same library as <c>lint check</c>: the rules and settings come
/// from <see cref="CatalogRuleSetProvider"/> (the server's <c>--rules</c> and the <c>.lint.yaml</c> found
/// from its root, as for a file there), the findings from <see cref="StoryLinter"/>, and fixes are applied
/// pass after pass by <see cref="FixPasses"/>, as <c>lint fix</c> applies them.
/// </summary>
public sealed class StoryService(IRuleSetProvider rules, ServeOptions options)
{
    private readonly StoryLinter _linter = new();

    private readonly ConditionalWeakTable<RuleSet, Dictionary<string, FixLevel>> _levels = [];

    public IRuleSetProvider Rules => rules;

    /// <summary>The rules and settings of a story in <paramref name="format"/>, from the configuration of the server's root.</summary>
    public (RuleSet Rules, ArticleSettings Settings) Configure(string extension)
    {
        var path = Path.Combine(options.Root, "story" + extension);
        return (rules.GetRules(path), rules.GetSettings(path));
    }

    /// <summary>The ids a list names that no loaded rule or style has.</summary>
    public static IEnumerable<string> Unknown(RuleSet ruleSet, IEnumerable<string> named) =>
        named.Where(n => !ruleSet.Rules.Any(r => Matches(r.Definition.Id, n)));

    public ArticleResult Check(Story story, CancellationToken cancellationToken)
    {
        var (ruleSet, settings) = Configure(story.Extension);
        return _linter.Lint(ruleSet, For(story, settings), story.DisplayPath, story.Extension, story.Text, cancellationToken);
    }

    /// <summary>The rules of a check, as SARIF lists them.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors(string extension) => _linter.Descriptors(Configure(extension).Rules);

    /// <summary>
    /// The story with every fix applied that <c>lint fix</c> would apply: the safe ones, and the editorial ones too
    /// when <see cref="Story.IncludeEditorial"/> is set or <see cref="Story.Only"/> names the rules.
    /// </summary>
    public FixedText Fix(Story story, CancellationToken cancellationToken)
    {
        var (ruleSet, settings) = Configure(story.Extension);
        var storySettings = For(story, settings);
        var all = story.IncludeEditorial || story.Only.Count > 0;
        var result = FixPasses.Run(
            [story.Text],
            texts => [_linter.Lint(ruleSet, storySettings, story.DisplayPath, story.Extension, texts[0], cancellationToken).Diagnostics],
            d => all || LevelOf(ruleSet, d.Id) == FixLevel.Safe);
        return result.Texts[0];
    }

    /// <summary>Whether a rule's fixes are safe or editorial (read once per rule set); the engine's own findings have no fix.</summary>
    public FixLevel LevelOf(RuleSet ruleSet, string id) =>
        _levels.GetValue(ruleSet, set => set.Rules.DistinctBy(r => r.Definition.Id).ToDictionary(r => r.Definition.Id, r => r.Definition.Fix, StringComparer.Ordinal))
            .GetValueOrDefault(id, FixLevel.Editorial);

    private static ArticleSettings For(Story story, ArticleSettings settings)
    {
        if (story.Disable.Count == 0 && story.Only.Count == 0)
        {
            return settings;
        }

        var configured = settings.IsEnabled;
        return settings with
        {
            IsEnabled = id => configured(id)
                && !story.Disable.Any(d => Matches(id, d))
                && (story.Only.Count == 0 || story.Only.Any(o => Matches(id, o))),
        };
    }

    /// <summary>True when <paramref name="name"/> is the rule's id or its style ("Newsroom" for "Newsroom.Filling").</summary>
    private static bool Matches(string id, string name) =>
        string.Equals(id, name, StringComparison.Ordinal)
        || (id.Length > name.Length && id[name.Length] == '.' && id.StartsWith(name, StringComparison.Ordinal));
}
