using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Counts;

/// <summary>Gathers the counts a story gives, then checks each count referred back to against those of the same things.</summary>
public sealed class CountsAnalyzer(RuleDefinition rule, CountPatterns patterns, MatchOptions options) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var blocks = context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)).ToList();
        var references = blocks.SelectMany(b => Find(text, b, patterns.References)).ToList();
        if (references.Count == 0)
        {
            return;
        }

        var stated = blocks.SelectMany(b => Find(text, b, patterns.Stated))
            .Where(s => !references.Any(r => r.Span.OverlapsWith(s.Span)))
            .ToList();
        foreach (var reference in references)
        {
            var same = stated.Where(s => s.Thing == reference.Thing).ToList();
            if (same.Any(s => s.Value == reference.Value))
            {
                continue;
            }

            var close = same.Where(s => s.Span.Start < reference.Span.Start && IsClose(s.Value, reference.Value))
                .Select(s => s.Value).Distinct().Order().ToList();
            if (close.Count > 0)
            {
                var counts = string.Join(", ", close.Select(v => v.ToString("#,0.##", CultureInfo.InvariantCulture)));
                context.Report(reference.Span, MessageFormat.Format(rule.Message, text.Substring(reference.Span.Start, reference.Span.Length), counts));
            }
        }
    }

    /// <summary>Within <see cref="CountPatterns.Within"/> percent of each other: one figure changed, not another group counted.</summary>
    private bool IsClose(double a, double b) => Math.Abs(a - b) <= Math.Max(a, b) * patterns.Within / 100.0;

    private IEnumerable<Count> Find(string text, Block block, IReadOnlyList<Regex> regexes)
    {
        foreach (var match in options.Matches(text, block, regexes))
        {
            if (Value(match.Groups["count"].Value) is { } value && Thing(match.Groups["thing"].Value) is { } thing)
            {
                yield return new Count(new TextSpan(match.Index, match.Length), value, thing);
            }
        }
    }

    private static double? Value(string written) =>
        NumberWords.TryValue(written, out var word) ? word
        : double.TryParse(written, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var figure) ? figure
        : null;

    /// <summary>What is counted: the first plural among the words ("evacuated households"), or the first word ("pupil" of "420-pupil"), in the singular; null for a measure.</summary>
    private string? Thing(string words)
    {
        var parts = words.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var word = (parts.FirstOrDefault(p => p.Length > 2 && p.EndsWith('s') && !p.EndsWith("ss", StringComparison.Ordinal)) ?? parts[0]).ToLowerInvariant();
        return patterns.Measures.Contains(word) ? null : Singular(word);
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
