using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Suppression;

/// <summary>
/// The post-processing step for lint comments, as Roslyn treats <c>#pragma warning disable</c>: a finding
/// after <c>lint disable</c> (for its rule, its style or every rule) and before the matching
/// <c>lint enable</c>, or in the block right after <c>lint ignore</c>, is marked suppressed. It is not
/// dropped: SARIF keeps it as a suppressed result. A comment naming no loaded rule or style gets a
/// <c>Lint.UnknownRule</c> warning. Findings are in source coordinates (after any source mapping).
/// </summary>
public static class InlineSuppressions
{
    public static List<Diagnostic> Apply(Document document, IEnumerable<Diagnostic> diagnostics, IReadOnlyCollection<string> knownRuleIds)
    {
        var directives = document.Comments.Select(Directive.TryParse).OfType<Directive>().ToList();
        var output = new List<Diagnostic>();
        if (directives.Count == 0)
        {
            output.AddRange(diagnostics);
            return output;
        }

        var ignored = directives.Where(d => d.Kind == DirectiveKind.Ignore).Select(d => (d, NextBlock(document, d.Comment.Span))).ToList();
        foreach (var diagnostic in diagnostics)
        {
            var start = diagnostic.Location.Span.Start;
            var suppressed = IsDisabled(directives, diagnostic.Id, start)
                || ignored.Any(i => i.Item2 is { } block && start >= block.Start && start < block.End && i.d.Covers(diagnostic.Id));
            output.Add(suppressed ? diagnostic with { IsSuppressed = true } : diagnostic);
        }

        foreach (var directive in directives)
        {
            foreach (var target in directive.Targets.Where(t => !knownRuleIds.Any(id => Directive.Names(t, id))))
            {
                output.Add(UnknownRule(document, directive, target));
            }
        }

        output.Sort(DiagnosticComparer.Instance);
        return output;
    }

    /// <summary>Replays the disable and enable comments before a position: the later comment that covers the rule wins.</summary>
    private static bool IsDisabled(List<Directive> directives, string ruleId, int position)
    {
        var disabled = false;
        foreach (var directive in directives)
        {
            if (directive.Comment.Span.End > position)
            {
                break;
            }

            if (directive.Kind != DirectiveKind.Ignore && directive.Covers(ruleId))
            {
                disabled = directive.Kind == DirectiveKind.Disable;
            }
        }

        return disabled;
    }

    /// <summary>The source span of the first block that starts after the comment.</summary>
    private static TextSpan? NextBlock(Document document, TextSpan comment)
    {
        foreach (var block in document.Blocks)
        {
            var span = document.ToSource(block.Span);
            if (span.Start >= comment.End)
            {
                return span;
            }
        }

        return null;
    }

    private static Diagnostic UnknownRule(Document document, Directive directive, string target)
    {
        var span = directive.Comment.Span;
        var location = new Location(document.Path, span, document.Source.GetLinePositionSpan(span));
        var message = $"'{target}' is not a loaded rule or style, so this 'lint {directive.Kind.ToString().ToLowerInvariant()}' comment does nothing for it.";
        return new Diagnostic(EngineDescriptors.UnknownRule, EngineDescriptors.UnknownRule.DefaultSeverity, location, message);
    }
}
