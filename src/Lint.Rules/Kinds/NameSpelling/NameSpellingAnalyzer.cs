using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>Counts the spellings of the story's name words and flags the rare one-letter-off spellings.</summary>
public sealed class NameSpellingAnalyzer(RuleDefinition rule, MatchOptions options, int min) : Analyzer(rule.ToDescriptor())
{
    private const int MinLength = 5;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text;
        var uses = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var nameParts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)).SelectMany(b => b.Sentences))
        {
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var span = sentence.Words[i].Span;
                if (!IsNameWord(text[span]))
                {
                    continue;
                }

                var word = text.ToString(span);

                if (InCapitalizedRun(text, sentence, i))
                {
                    nameParts.Add(word);
                }

                if (!options.IsException(word))
                {
                    if (!uses.TryGetValue(word, out var list))
                    {
                        uses[word] = list = [];
                    }

                    list.Add(span);
                }
            }
        }

        var names = uses.Keys.Where(n => nameParts.Contains(n) && uses[n].Count >= min).Order(StringComparer.Ordinal).ToList();
        foreach (var rare in uses.Keys.Order(StringComparer.Ordinal))
        {
            var usual = names
                .Where(f => f[0] == rare[0] && uses[f].Count > uses[rare].Count && EditDistance.IsOneEdit(f, rare) && !IsInflection(f, rare))
                .OrderByDescending(f => uses[f].Count)
                .FirstOrDefault();
            if (usual is null)
            {
                continue;
            }

            var times = uses[usual].Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var span in uses[rare])
            {
                var message = MessageFormat.Format(rule.Message, rare, usual, times);
                context.Report(span, message, new Fix($"Replace with '{usual}'", [new TextEdit(span, usual)]));
            }
        }
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || !char.IsUpper(word[0]))
        {
            return false;
        }

        var hasLower = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            hasLower |= char.IsLower(c);
        }

        return hasLower;
    }

    private static bool InCapitalizedRun(SourceText text, Sentence sentence, int index)
    {
        bool Capitalized(int i) => i >= 0 && i < sentence.Words.Count && char.IsUpper(text[sentence.Words[i].Span.Start]);
        return Capitalized(index - 1) || Capitalized(index + 1);
    }

    /// <summary>"Johnsons", "Russian", "Browne": an ending added, which makes another word, not a misspelling.</summary>
    private static bool IsInflection(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer[^1] is 's' or 'n' or 'e';
    }
}
