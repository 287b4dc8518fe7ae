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
                Check(context, block, source.Content, sentence.Tokens(source));
            }
        }
    }

    private void Check(DocumentContext context, Block block, string text, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!confusions.TryGetValue(tokens[i].Lower, out var candidates) || block.TouchesExcluded(tokens[i].Span))
            {
                continue;
            }

            foreach (var confusion in candidates)
            {
                if (Calls(tokens, i, confusion) || (GrammarSlot.Admits(text, tokens, i, confusion.MeantTags) && !SenseNear(tokens, i, confusion)))
                {
                    var meant = WordShape.CaseLike(tokens[i].Text, confusion.Meant);
                    context.Report(tokens[i].Span, MessageFormat.Format(rule.Message, meant, tokens[i].Text), new Fix($"Replace with '{meant}'", [new TextEdit(tokens[i].Span, meant)]));
                    break;
                }
            }
        }
    }

    /// <summary>True when a word of the written word's own sense stands within the window.</summary>
    private bool SenseNear(IReadOnlyList<Token> tokens, int at, Confusion confusion)
    {
        for (var j = Math.Max(0, at - window); j <= Math.Min(tokens.Count - 1, at + window); j++)
        {
            if (j != at && (confusion.Senses.Contains(tokens[j].Lemma) || confusion.Senses.Contains(tokens[j].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue for the word meant is near and no word of the written word's own sense is.</summary>
    private bool Calls(IReadOnlyList<Token> tokens, int at, Confusion confusion)
    {
        var cued = false;
        for (var j = Math.Max(0, at - window); j <= Math.Min(tokens.Count - 1, at + window); j++)
        {
            if (j == at)
            {
                continue;
            }

            var token = tokens[j];
            if (confusion.Senses.Contains(token.Lemma) || confusion.Senses.Contains(token.Lower))
            {
                return false;
            }

            cued |= confusion.Cues.Contains(token.Lemma) || confusion.Cues.Contains(token.Lower);
        }

        return cued;
    }
}
