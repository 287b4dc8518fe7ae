using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Repetition;

/// <summary>Compares each word of a block with the one before it.</summary>
public sealed class RepetitionAnalyzer(RuleDefinition rule, MatchOptions options, bool alpha, bool capitalized, Regex? tokens, IReadOnlySet<string> stranded) : Analyzer(rule.ToDescriptor())
{
    // The subjects of a clause whose relative word is left out: "the gym [that] she played in".
    private static readonly HashSet<string> Subjects = new(["i", "you", "he", "she", "we", "they", "it"], StringComparer.Ordinal);

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private void Analyze(BlockContext context)
    {
        if (!rule.Scope.Includes(context.Document, context.Block))
        {
            return;
        }

        var text = context.Document.Text.Content;
        var comparison = options.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        Word? previous = null;
        Sentence? previousSentence = null;
        var previousIndex = 0;
        foreach (var sentence in context.Block.Sentences)
        {
            for (var w = 0; w < sentence.Words.Count; w++)
            {
                var word = sentence.Words[w];
                if (previous is { } before && IsRepeat(text, before.Span, word.Span, comparison)
                    && !(ReferenceEquals(previousSentence, sentence) && (EndsRelativeClause(context.Document.Text, sentence, previousIndex) || EndsWhatClause(context.Document.Text, sentence, previousIndex))))
                {
                    var span = TextSpan.FromBounds(before.Span.Start, word.Span.End);
                    var value = text.Substring(word.Span.Start, word.Span.Length);
                    var fix = new Fix($"Delete the second '{value}'", [new TextEdit(TextSpan.FromBounds(before.Span.End, word.Span.End), string.Empty)]);
                    context.Report(span, MessageFormat.Format(rule.Message, value), fix);
                    previous = null;
                    continue;
                }

                previous = word;
                previousSentence = sentence;
                previousIndex = w;
            }
        }
    }

    /// <summary>
    /// True when the word at <paramref name="index"/> is a preposition of the rule's <c>stranded</c> list that
    /// ends a clause whose relative word is left out or is "that" or "which": a noun, then perhaps the relative
    /// word, a subject pronoun, a verb and perhaps its particle ("the gym she played in in school", "the town
    /// that he grew up in in 1970"). The repeat is then two prepositions of two phrases, not a slip.
    /// </summary>
    private bool EndsRelativeClause(SourceText source, Sentence sentence, int index)
    {
        if (stranded.Count == 0 || index < 3)
        {
            return false;
        }

        var words = sentence.Tokens(source);
        if (!stranded.Contains(words[index].Lower))
        {
            return false;
        }

        var at = index - 1;
        if (at > 0 && words[at].Is(WordTags.Adverb | WordTags.Preposition) && words[at - 1].Is(WordTags.AnyVerb))
        {
            at--;
        }

        if (!words[at].Is(WordTags.AnyVerb) || at < 2 || !Subjects.Contains(words[at - 1].Lower))
        {
            return false;
        }

        at -= 2;
        if (at > 0 && words[at].Lower is "that" or "which")
        {
            at--;
        }

        return words[at].Is(WordTags.AnyNoun) && !words[at].Is(WordTags.Conjunction | WordTags.Preposition | WordTags.Pronoun);
    }

    /// <summary>
    /// True when the word at <paramref name="index"/> is "is" or "was" ending a clause that opens with "what" and has
    /// no other verb ("What this race is is a question about the jail"): the second one is the sentence's own verb.
    /// "What they want is is" has its verb, "want", so the doubled "is" there is a slip.
    /// </summary>
    private static bool EndsWhatClause(SourceText source, Sentence sentence, int index)
    {
        var words = sentence.Tokens(source);
        if (words[index].Lower is not ("is" or "was"))
        {
            return false;
        }

        for (var at = index - 1; at >= 0 && at >= index - 5; at--)
        {
            if (words[at].Lower == "what")
            {
                return at < index - 1;
            }

            // A verb, or a word that may be one right after its subject ("the tenants want", "they need").
            var afterSubject = at > 0 && (words[at - 1].Is(WordTags.PluralNoun) || Subjects.Contains(words[at - 1].Lower));
            if (words[at].Is(WordTags.AnyVerb) && (afterSubject || !words[at].Is(WordTags.AnyNoun | WordTags.Pronoun)))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsRepeat(string text, TextSpan first, TextSpan second, StringComparison comparison)
    {
        var a = text.AsSpan(first.Start, first.Length);
        var b = text.AsSpan(second.Start, second.Length);
        if (!a.Equals(b, comparison) || !IsOnlySpace(text.AsSpan(first.End, second.Start - first.End)))
        {
            return false;
        }

        if (alpha && !WordShape.IsAllLetters(a))
        {
            return false;
        }

        if (!capitalized && a.Length > 1 && WordShape.IsCapitalized(a) && WordShape.IsCapitalized(b))
        {
            return false;
        }

        // The same name in a dateline's capitals, "PAGO PAGO — The ...": a place, not a slip.
        if (!capitalized && a.Length > 1 && WordShape.IsAllCapitals(a) && IsDatelineEnd(text.AsSpan(second.End)))
        {
            return false;
        }

        return !options.IsException(b) && (tokens is null || tokens.IsMatch(b));
    }

    /// <summary>
    /// A dash or a comma after the words, perhaps after up to three more words in capitals, as a dateline ends:
    /// "GOL GOL – ", "PAGO PAGO, American Samoa", "PAW PAW LAKE —".
    /// </summary>
    private static bool IsDatelineEnd(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart(" \u00A0");
        for (var words = 0; words < 3 && !rest.IsEmpty && char.IsUpper(rest[0]); words++)
        {
            var end = 0;
            while (end < rest.Length && char.IsUpper(rest[end]))
            {
                end++;
            }

            rest = rest[end..].TrimStart(" \u00A0");
        }

        return !rest.IsEmpty && rest[0] is '–' or '—' or '-' or ',' or '(';
    }

    /// <summary>Spaces, with at most one line break among them: a paragraph wrapped over lines ("the" at the end of one, "the" at the start of the next).</summary>
    private static bool IsOnlySpace(ReadOnlySpan<char> gap) =>
        !gap.IsEmpty && !gap.ContainsAnyExcept(" \t\u00A0\r\n") && gap.Count('\n') <= 1 && gap.Count('\r') <= 1;
}
