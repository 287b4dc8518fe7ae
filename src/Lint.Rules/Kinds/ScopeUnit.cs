using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds;

/// <summary>
/// One unit a counting rule reads (Vale's "block" of its scope): a sentence with <c>scope: sentence</c>, the
/// whole body text of the document (its paragraphs, list items and quotes, read as one) with
/// <c>scope: summary</c> (and, for Vale's metric rules, with no scope or <c>scope: text</c>), and otherwise
/// each block in scope on its own.
/// </summary>
public sealed record ScopeUnit(IReadOnlyList<(Block Block, TextSpan Span)> Parts)
{
    /// <summary>
    /// Where a finding about the unit as a whole goes: the place (an empty span) where its first word starts,
    /// as Vale reports a measure at a line and column and not on any words. Being on no words, it is never
    /// taken for another rule's finding on the same words.
    /// </summary>
    public TextSpan Anchor =>
        Parts.SelectMany(p => p.Block.Sentences.SelectMany(s => s.Words).Where(w => p.Span.Contains(w.Span)))
            .Select(w => new TextSpan(w.Span.Start, 0)).DefaultIfEmpty(new TextSpan(Parts[0].Span.Start, 0)).First();

    /// <summary>The units of a document, in order.</summary>
    public static IEnumerable<ScopeUnit> Of(Document document, RuleScope scope, bool summaryByDefault = false)
    {
        var blocks = document.Blocks.Where(b => scope.Includes(document, b)).ToList();
        if (scope.BySentence)
        {
            return blocks.SelectMany(b => b.Sentences.Select(s => new ScopeUnit([(b, s.Span)])));
        }

        if (scope.IsSummary || (summaryByDefault && scope.IsWholeText))
        {
            var body = blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Quote).Select(b => (b, b.Span)).ToList();
            return body.Count == 0 ? [] : [new ScopeUnit(body)];
        }

        return blocks.Select(b => new ScopeUnit([(b, b.Span)]));
    }
}
