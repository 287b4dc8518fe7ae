using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Ages;

/// <summary>Gathers the ages a story states, then checks each reference back by age against them.</summary>
public sealed class AgesAnalyzer(RuleDefinition rule, AgePatterns patterns, MatchOptions options) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var blocks = context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)).ToList();
        var references = blocks.SelectMany(b => Find(text, b, patterns.References)).ToList();
        var stated = blocks.SelectMany(b => Find(text, b, patterns.Stated))
            .Where(s => !references.Any(r => r.Span.OverlapsWith(s.Span)))
            .Select(s => s.Age)
            .ToHashSet();
        foreach (var reference in references.Where(r => !stated.Contains(r.Age)))
        {
            var near = stated.Where(a => Math.Abs(a - reference.Age) <= patterns.Near).Order().ToList();
            if (near.Count > 0)
            {
                var ages = string.Join(", ", near.Select(a => a.ToString(CultureInfo.InvariantCulture)));
                context.Report(reference.Span, MessageFormat.Format(rule.Message, text.Substring(reference.Span.Start, reference.Span.Length), ages));
            }
        }
    }

    private IEnumerable<(TextSpan Span, int Age)> Find(string text, Block block, IReadOnlyList<Regex> regexes)
    {
        foreach (var match in options.Matches(text, block, regexes))
        {
            if (int.TryParse(match.Groups["age"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var age))
            {
                yield return (new TextSpan(match.Index, match.Length), age);
            }
        }
    }
}
