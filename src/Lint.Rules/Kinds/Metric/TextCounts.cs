using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Metric;

/// <summary>
/// Vale's readability variables for a piece of text, counted from Lint's sentences and words (a word has a
/// letter or a digit in it): <c>words</c>, <c>sentences</c>, <c>characters</c> (letters and digits),
/// <c>syllables</c>, <c>polysyllabic_words</c> (three syllables or more), <c>complex_words</c> (polysyllabic
/// once an -es, -ed or -ing ending is taken off), <c>long_words</c> (more than six characters), and the
/// scores Vale's Readability style reads, worked out from them with their published formulas.
/// </summary>
public static class TextCounts
{
    public static Dictionary<string, double> Of(string text, IEnumerable<(Block Block, TextSpan Span)> parts)
    {
        double words = 0, sentences = 0, characters = 0, syllables = 0, polysyllabic = 0, complex = 0, longWords = 0;
        foreach (var (block, span) in parts)
        {
            foreach (var sentence in block.Sentences.Where(s => span.Contains(s.Span) || s.Span.Contains(span)))
            {
                var counted = 0;
                foreach (var word in sentence.Words.Where(w => span.Contains(w.Span)))
                {
                    var value = text.AsSpan(word.Span.Start, word.Span.Length);
                    var letters = LettersAndDigits(value);
                    if (letters == 0)
                    {
                        continue;
                    }

                    var count = Syllables.Count(value.ToString());
                    counted++;
                    characters += letters;
                    syllables += count;
                    polysyllabic += count > 2 ? 1 : 0;
                    complex += count - (Syllables.HasInflection(value.ToString()) ? 1 : 0) > 2 ? 1 : 0;
                    longWords += letters > 6 ? 1 : 0;
                }

                words += counted;
                sentences += counted > 0 ? 1 : 0;
            }
        }

        var counts = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["words"] = words,
            ["sentences"] = sentences,
            ["characters"] = characters,
            ["syllables"] = syllables,
            ["polysyllabic_words"] = polysyllabic,
            ["complex_words"] = complex,
            ["long_words"] = longWords,
        };
        if (words > 0)
        {
            AddScores(counts, words, sentences);
        }

        return counts;
    }

    private static int LettersAndDigits(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    private static void AddScores(Dictionary<string, double> c, double words, double sentences)
    {
        var perSentence = words / sentences;
        c["flesch_kincaid"] = (0.39 * perSentence) + (11.8 * (c["syllables"] / words)) - 15.59;
        c["flesch_reading_ease"] = 206.835 - (1.015 * perSentence) - (84.6 * (c["syllables"] / words));
        c["gunning_fog"] = 0.4 * (perSentence + (100 * (c["complex_words"] / words)));
        c["smog"] = (1.043 * Math.Sqrt(c["polysyllabic_words"] * (30 / sentences))) + 3.1291;
        c["coleman_liau"] = (0.0588 * (c["characters"] / words * 100)) - (0.296 * (sentences / words * 100)) - 15.8;
        c["automated_readability"] = (4.71 * (c["characters"] / words)) + (0.5 * perSentence) - 21.43;
        c["lix"] = perSentence + (100 * (c["long_words"] / words));
    }
}
