using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Conditional;

/// <summary>Reads the document's units in order, gathering what <c>second</c> defines and flagging the uses of <c>first</c> it does not cover.</summary>
public sealed class ConditionalAnalyzer(RuleDefinition rule, Regex uses, Regex definitions, MatchOptions options) : Analyzer(rule.ToDescriptor())
{
    /// <summary>Whether <c>second</c> captures what it defines, or only has to be present.</summary>
    private readonly bool _captures = definitions.GetGroupNumbers().Length > 1;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var defined = new HashSet<string>(options.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (block, span) in ScopeUnit.Of(context.Document, rule.Scope).SelectMany(u => u.Parts))
        {
            var present = false;
            for (var m = definitions.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
            {
                if (block.TouchesExcluded(new TextSpan(m.Index, m.Length)))
                {
                    continue;
                }

                present = true;
                defined.UnionWith(m.Groups.Cast<Group>().Skip(1).Where(g => g.Success && g.Length > 0).Select(g => g.Value));
            }

            if (_captures || !present)
            {
                ReportUses(context, text, block, span, defined);
            }
        }
    }

    private void ReportUses(DocumentContext context, string text, Block block, TextSpan span, HashSet<string> defined)
    {
        for (var m = uses.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
        {
            var found = new TextSpan(m.Index, m.Length);
            if (m.Length > 0 && !block.TouchesExcluded(found) && !options.IsException(m.ValueSpan) && !(_captures && defined.Contains(m.Value)))
            {
                context.Report(found, MessageFormat.Format(rule.Message, m.Value));
            }
        }
    }
}
