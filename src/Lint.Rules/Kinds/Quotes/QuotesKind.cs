using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax.Quotations;

namespace Lint.Rules.Kinds.Quotes;

/// <summary>
/// <c>extends: quotes</c>: double quote marks that do not pair up within a paragraph. <c>pairs</c> lists
/// the accepted pairs, each an opening and a closing mark ("“”", "\"\"", "«»"); a closer from another
/// pair is flagged as a mixed style, with a fix. The first pair that lists a mark gives the mark
/// suggested for it. <c>verbs</c> lists speech verbs ("said", "told"): a quote still open when a comma, a few
/// words and one of them end a sentence was not closed before its speech tag. The message's <c>%s</c> says
/// what is wrong and what to do.
/// </summary>
public sealed class QuotesKind : RuleKind
{
    public override string Name => "quotes";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var entries = options.GetList("pairs", required: true);
        var pairs = new List<(char, char)>();
        foreach (var entry in entries)
        {
            var value = entry.Value ?? string.Empty;
            if (value.Length != 2 || char.IsLetterOrDigit(value[0]) || char.IsLetterOrDigit(value[1]) || value.Any(char.IsWhiteSpace))
            {
                options.Errors.Add(entry, $"Each entry of 'pairs' is two quote marks, the opening one then the closing one (such as '“”'), not '{value}'.");
                continue;
            }

            pairs.Add((value[0], value[1]));
        }

        var verbs = options.GetWords("verbs").ToList();
        var tag = verbs.Count == 0 ? null : new SpeechTag(verbs);
        return pairs.Count == entries.Count && pairs.Count > 0 ? new QuotesAnalyzer(rule, new QuotePairs(pairs), tag) : null;
    }
}
