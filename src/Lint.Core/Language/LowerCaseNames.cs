using System.Text.RegularExpressions;
using Lint.Syntax;

namespace Lint.Language;

/// <summary>
/// Names the story itself says are written in lower case: "the singer-songwriter ying koh, who performs under a
/// lower-case name", "jen ellery-mott, a poet who writes her name without capitals". In a sentence that says so,
/// every word in lower case that is not an ordinary word (or may be a given name) is such a name, and a finding
/// about its capitals is no finding, there or anywhere else in the story.
/// </summary>
public static partial class LowerCaseNames
{
    /// <summary>The story's names declared lower case, in lower case; empty when it declares none.</summary>
    public static IReadOnlySet<string> In(Document document)
    {
        var text = document.Text.Content;
        if (!Declaration().IsMatch(text))
        {
            return Empty;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Blocks.SelectMany(b => b.Sentences))
        {
            if (!Declaration().IsMatch(text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
            {
                continue;
            }

            foreach (var word in sentence.Words)
            {
                var written = text.Substring(word.Span.Start, word.Span.Length);
                if (written.Length > 1 && char.IsLower(written[0]) && WordShape.IsLetterWord(written) && !written.Any(char.IsUpper)
                    && IsName(written))
                {
                    names.Add(written);
                }
            }
        }

        return names;
    }

    /// <summary>Whether every word of <paramref name="written"/> is in lower case and one of <paramref name="names"/>.</summary>
    public static bool AreAll(IReadOnlySet<string> names, ReadOnlySpan<char> written)
    {
        if (names.Count == 0)
        {
            return false;
        }

        var any = false;
        foreach (var range in written.SplitAny(' ', '\u00A0'))
        {
            var word = written[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!names.Contains(word.ToString()))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static readonly HashSet<string> Empty = [];

    private static bool IsName(string word)
    {
        foreach (var part in word.Split('-'))
        {
            var entry = Lexicon.Default.Lookup(part);
            if (entry.MayBeGivenName || entry.IsUnknown)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:lower[- ]?case|without\s+(?:any\s+)?capital(?:s|\s+letters)|no\s+capital(?:s|\s+letters)|small\s+letters|uncapitali[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();
}
