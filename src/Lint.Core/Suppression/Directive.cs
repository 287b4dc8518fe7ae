using System.Text.RegularExpressions;
using Lint.Syntax;

namespace Lint.Suppression;

/// <summary>
/// A lint comment: <c>&lt;!-- lint disable Rule.Id --&gt;</c>, <c>lint enable</c>, or <c>lint ignore</c>,
/// naming rule ids or whole styles (separated by spaces or commas), or nothing for every rule.
/// </summary>
public sealed partial record Directive(DirectiveKind Kind, IReadOnlyList<string> Targets, Comment Comment)
{
    public bool AppliesToAll => Targets.Count == 0;

    /// <summary>The directive in a comment, or null when the comment is not one.</summary>
    public static Directive? TryParse(Comment comment)
    {
        var match = Pattern().Match(comment.Body);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups[1].Value switch
        {
            "disable" => DirectiveKind.Disable,
            "enable" => DirectiveKind.Enable,
            _ => DirectiveKind.Ignore,
        };
        var targets = match.Groups[2].Value.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return new Directive(kind, targets, comment);
    }

    /// <summary>True when the directive names this rule, or its style, or every rule.</summary>
    public bool Covers(string ruleId) => AppliesToAll || Targets.Any(t => Names(t, ruleId));

    /// <summary>A target names a rule by its id, or a style ("Newsroom") by the part before the dot.</summary>
    public static bool Names(string target, string ruleId) =>
        ruleId == target || (ruleId.Length > target.Length && ruleId[target.Length] == '.' && ruleId.StartsWith(target, StringComparison.Ordinal));

    [GeneratedRegex(@"^\s*lint\s+(disable|enable|ignore)\b\s*(.*?)\s*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
