using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Syntax.Quotations;
using Lint.Text;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>Runs a sequence rule over the tagged tokens of each sentence in its scope.</summary>
public sealed class SequenceAnalyzer(RuleDefinition rule, MatchOptions options, IReadOnlyList<SequenceStep> steps) : Analyzer(rule.ToDescriptor())
{
    private readonly SequenceMatcher _matcher = new(steps);

    private readonly SentenceAnchor? _anchor = SentenceAnchor.For(steps);

    private Func<string, Sentence, IReadOnlyList<Token>, int[][]>? _find;

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private void Analyze(SentenceContext context)
    {
        var text = context.Document.Text.Content;
        if (!rule.Scope.Includes(context.Document, context.Block) || context.Sentence.Words.Count == 0)
        {
            return;
        }

        // Where the steps match depends on the sentence alone: an unchanged sentence of a re-lint is not walked again.
        var matches = context.Sentence.FoundIn(context.Document.Text, this, _find ??= Find);
        if (matches.Length == 0)
        {
            return;
        }

        var tokens = context.Sentence.Tokens(context.Document.Text);
        if (OtherLanguage.IsSentence(tokens))
        {
            // Word patterns for English say nothing about a sentence in another language.
            return;
        }

        QuotedSpans? quotes = null;
        foreach (var at in matches)
        {
            var whole = Cover(tokens, at, reportedOnly: false);
            var reported = Cover(tokens, at, reportedOnly: true) ?? whole!.Value;
            var value = text.Substring(reported.Start, reported.Length);
            if (context.Block.TouchesExcluded(whole!.Value) || options.IsException(value))
            {
                continue;
            }

            if (options.SkipQuotes)
            {
                quotes ??= Quotations.Find(text, context.Block.Span);
                if (quotes.Overlaps(whole.Value))
                {
                    continue;
                }
            }

            var fix = Fix(tokens, at, out var replacement);
            context.Report(reported, MessageFormat.Format(rule.Message, value, replacement ?? string.Empty), fix);
        }
    }

    /// <summary>Where the steps match in a sentence, token by token (none when it lacks a word the steps need).</summary>
    private int[][] Find(string text, Sentence sentence, IReadOnlyList<Token> tokens) =>
        _anchor is not null && !_anchor.IsIn(text, sentence) ? [] : [.. _matcher.Matches(text, tokens)];

    /// <summary>The span from the first to the last token matched (or reported); null when no step is reported.</summary>
    private TextSpan? Cover(IReadOnlyList<Token> tokens, int[] at, bool reportedOnly)
    {
        int first = int.MaxValue, last = -1;
        for (var s = 0; s < steps.Count; s++)
        {
            if (at[s] < 0 || (reportedOnly && !steps[s].Report) || (!reportedOnly && steps[s].Negate && (s == 0 || s == steps.Count - 1)))
            {
                continue;
            }

            first = Math.Min(first, at[s]);
            last = Math.Max(last, at[s]);
        }

        return last < 0 ? null : TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
    }

    private Fix? Fix(IReadOnlyList<Token> tokens, int[] at, out string? replacement)
    {
        replacement = null;
        var edits = new List<TextEdit>();
        for (var s = 0; s < steps.Count; s++)
        {
            if (steps[s].Swap is not { } swap || at[s] < 0)
            {
                continue;
            }

            var token = tokens[at[s]];
            var written = WordShape.CaseLike(token.Text, swap);
            replacement ??= written;
            edits.Add(new TextEdit(token.Span, written));
        }

        return edits.Count == 0 ? null : new Fix($"Replace with '{replacement}'", edits);
    }
}
