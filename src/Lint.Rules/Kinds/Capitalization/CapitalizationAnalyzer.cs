using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Capitalization;

/// <summary>Checks the case of each block (or sentence) in scope; the text read is the prose, with what is not prose blanked out.</summary>
public sealed class CapitalizationAnalyzer(RuleDefinition rule, CaseMatch check, string prefix) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private void Analyze(BlockContext context)
    {
        if (!rule.Scope.Includes(context.Document, context.Block))
        {
            return;
        }

        var spans = rule.Scope.BySentence ? context.Block.Sentences.Select(s => s.Span) : [context.Block.Span];
        foreach (var span in spans)
        {
            var text = Prose(context.Document.Text.Content, context.Block, span);
            var shown = text.Trim();
            var read = prefix.Length > 0 && shown.StartsWith(prefix, StringComparison.Ordinal) ? shown[prefix.Length..].TrimStart() : shown;
            if (read.Length > 0 && !check.IsMatch(read))
            {
                context.Report(span, MessageFormat.Format(rule.Message, shown));
            }
        }
    }

    /// <summary>The text of a span with the block's excluded ranges (markup, code) turned into spaces.</summary>
    private static string Prose(string text, Lint.Syntax.Block block, TextSpan span)
    {
        var chars = text.ToCharArray(span.Start, span.Length);
        foreach (var excluded in block.Excluded.Where(e => e.Start < span.End && e.End > span.Start))
        {
            for (var i = Math.Max(excluded.Start, span.Start); i < Math.Min(excluded.End, span.End); i++)
            {
                chars[i - span.Start] = ' ';
            }
        }

        return new string(chars).Replace('\n', ' ').Replace('\r', ' ');
    }
}
