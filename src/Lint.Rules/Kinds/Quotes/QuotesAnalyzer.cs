using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Syntax.Quotations;
using Lint.Text;

namespace Lint.Rules.Kinds.Quotes;

/// <summary>Checks the quote marks of each block in the rule's scope, looking at the next block for a quote that runs on.</summary>
public sealed class QuotesAnalyzer(RuleDefinition rule, QuotePairs pairs, SpeechTag? tag = null) : Analyzer(rule.ToDescriptor())
{
    private readonly QuoteScanner _scanner = new(pairs, tag);

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private void Analyze(BlockContext context)
    {
        if (!rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        var text = context.Document.Text.Content;
        var block = context.Block;
        Func<int, bool>? isMarkup = block.Excluded.Count == 0 ? null : i => block.TouchesExcluded(new TextSpan(i, 1));
        foreach (var problem in _scanner.Scan(text, block.Span, NextOpensWithQuote(context), isMarkup, IsCutOff(text, block)))
        {
            context.Report(problem.Mark, MessageFormat.Format(rule.Message, problem.Message), problem.Fix);
        }
    }

    /// <summary>A paragraph that stops mid-sentence: its last character is a letter, a figure or a comma.</summary>
    private static bool IsCutOff(string text, Block block)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        var trimmed = text.AsSpan(block.Span.Start, block.Span.Length).TrimEnd();
        return !trimmed.IsEmpty && (char.IsLetterOrDigit(trimmed[^1]) || trimmed[^1] == ',');
    }

    /// <summary>A quote that runs on into the next paragraph leaves its own paragraph open; the next one opens with a quote mark.</summary>
    private bool NextOpensWithQuote(in BlockContext context)
    {
        var blocks = context.Document.Blocks;
        if (context.Index + 1 >= blocks.Count)
        {
            return false;
        }

        var next = blocks[context.Index + 1];
        return next.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem
            && pairs.IsOpener(context.Document.Text.Content[next.Span.Start]);
    }
}
