using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Confusables;

/// <summary>
/// Flags a written word when a word that calls for the word meant stands within <c>window</c> words of it in
/// its sentence, or the grammar of its place admits only the word meant, and no word of its own sense stands
/// near. Words are compared by lemma and by written form.
/// </summary>
public sealed class ConfusablesAnalyzer(RuleDefinition rule, IReadOnlyDictionary<string, IReadOnlyList<Confusion>> confusions, int window) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var source = context.Document.Text;
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            foreach (var sentence in block.Sentences)
            {
                Check(context, block, new TokenLine(source.Content, sentence.Span, sentence.Tokens(source)));
            }
        }
    }

    private void Check(DocumentContext context, Block block, TokenLine tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!confusions.TryGetValue(tokens[i].Lower, out var candidates) || block.TouchesExcluded(tokens[i].Span))
            {
                continue;
            }

            foreach (var confusion in candidates)
            {
                if (!Near(tokens, i, confusion.Senses) && (Near(tokens, i, confusion.Cues) || GrammarSlot.Admits(tokens, i, confusion.MeantTags)))
                {
                    var meant = WordShape.CaseLike(tokens[i].Text, confusion.Meant);
                    context.Report(tokens[i].Span, MessageFormat.Format(rule.Message, meant, tokens[i].Text), new Fix($"Replace with '{meant}'", [new TextEdit(tokens[i].Span, meant)]));
                    break;
                }
            }
        }
    }

    /// <summary>True when one of <paramref name="words"/> (by lemma or as written) stands within the window of the word at <paramref name="at"/>.</summary>
    private bool Near(TokenLine tokens, int at, IReadOnlySet<string> words)
    {
        for (var j = Math.Max(0, at - window); j <= Math.Min(tokens.Count - 1, at + window); j++)
        {
            if (j != at && (words.Contains(tokens[j].Lemma) || words.Contains(tokens[j].Lower)))
            {
                return true;
            }
        }

        return false;
    }
}
