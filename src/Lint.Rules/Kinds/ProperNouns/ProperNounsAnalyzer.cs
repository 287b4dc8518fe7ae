using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.ProperNouns;

/// <summary>Flags lower-case proper nouns, one sentence at a time, from the sentence's tokens.</summary>
public sealed class ProperNounsAnalyzer(
    RuleDefinition rule,
    NameKinds kinds,
    HashSet<string> exceptions,
    HashSet<string> titles,
    Lexicon lexicon) : Analyzer(rule.ToDescriptor())
{
    private const int LongestName = 3;

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private void Analyze(SentenceContext context)
    {
        if (!rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        var tokens = context.Sentence.Tokens(context.Document.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Casing != Casing.Lower || context.Block.TouchesExcluded(token.Span) || exceptions.Contains(token.Text))
            {
                continue;
            }

            if (IsLowerName(token))
            {
                i = ReportName(context, tokens, i);
            }
            else if (LongNameAt(context, tokens, i) is { } last)
            {
                i = last;
            }
            else if (titles.Contains(token.Text) && i + 1 < tokens.Count && IsNameAhead(tokens[i + 1])
                && (i == 0 || !tokens[i - 1].Is(WordTags.AnyNoun))
                && SingleSpaced(context.Document.Text, tokens, i, i + 1))
            {
                var title = Capitalize(token.Text);
                Report(context, token.Span, token.Text, title);
            }
        }
    }

    private bool IsLowerName(Token token) => (token.Names & kinds) != 0 && !token.IsCommonWord;

    private static bool IsNameAhead(Token next) =>
        next.Casing == Casing.Capitalized && next.Is(WordTags.ProperNoun) && !next.IsCommonWord;

    /// <summary>Reports the longest lower-case name around token <paramref name="at"/> ("korean war"), and returns the last token it covers.</summary>
    private int ReportName(SentenceContext context, IReadOnlyList<Token> tokens, int at)
    {
        var text = context.Document.Text;
        for (var length = LongestName; length >= 1; length--)
        {
            for (var first = Math.Max(0, at - length + 1); first <= at && first + length <= tokens.Count; first++)
            {
                var last = first + length - 1;
                if (!AllLower(tokens, first, last) || !SingleSpaced(text, tokens, first, last))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
                var phrase = text.ToString(span);
                var form = length == 1 ? lexicon.NameForm(phrase) : Named(phrase);
                if (form is not null)
                {
                    Report(context, span, phrase, form);
                    return last;
                }
            }
        }

        return at;
    }

    /// <summary>
    /// A name of <see cref="LongestName"/> words, all common words on their own ("national weather
    /// service"), reported when it starts at token <paramref name="first"/>; shorter ones ("white house")
    /// are left alone, since the same words are often used in their ordinary sense.
    /// </summary>
    private int? LongNameAt(SentenceContext context, IReadOnlyList<Token> tokens, int first)
    {
        var last = first + LongestName - 1;
        if (last >= tokens.Count || !AllLower(tokens, first, last) || !SingleSpaced(context.Document.Text, tokens, first, last))
        {
            return null;
        }

        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        var phrase = context.Document.Text.ToString(span);
        if (Named(phrase) is not { } form)
        {
            return null;
        }

        Report(context, span, phrase, form);
        return last;
    }

    private string? Named(string phrase) => (lexicon.LookupName(phrase) & kinds) != 0 ? lexicon.NameForm(phrase) : null;

    private static bool AllLower(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Casing != Casing.Lower)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SingleSpaced(SourceText text, IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (text.ToString(TextSpan.FromBounds(tokens[k].Span.End, tokens[k + 1].Span.Start)) != " ")
            {
                return false;
            }
        }

        return true;
    }

    private void Report(SentenceContext context, TextSpan span, string written, string form)
    {
        var message = MessageFormat.Format(rule.Message, written, form);
        context.Report(span, message, new Fix($"Replace with '{form}'", [new TextEdit(span, form)]));
    }

    private static string Capitalize(string word) => string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}
