using System.Text.RegularExpressions;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// The capitalized words of one story: where each is used, which are parts of a name (next to another
/// capitalized word), and the pairs of neighbouring capitalized words ("Kestrel Analytics", "Marisol
/// Okafor-Brandt") that let stories be compared. A possessive ending is not part of the word.
/// </summary>
public sealed partial class StoryNames
{
    public Dictionary<string, List<TextSpan>> Uses { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NameParts { get; } = new(StringComparer.Ordinal);

    /// <summary>Neighbouring capitalized words, the first and the second.</summary>
    public HashSet<(string Left, string Right)> Pairs { get; } = [];

    /// <summary>The pairs whose first word is not the first of its sentence ("Ted Carlsen" in "his aide, Ted Carlsen").</summary>
    public HashSet<(string Left, string Right)> InnerPairs { get; } = [];

    /// <summary>Name words written as the speaker of a speech verb ("Pellingham said"), not after "the" (the Johnsons said).</summary>
    public HashSet<string> Speakers { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Name words written right after a relative's place in a family and the possessive of another name word, with
    /// that name: ("Pillai", "Pillay") for "Pillay's son, Kiran Pillai".
    /// </summary>
    public HashSet<(string Word, string KinOf)> Kin { get; } = [];

    /// <summary>
    /// Name words written right after a child, parent or sibling is introduced ("survived by a son, André Thibodeau"):
    /// the family's own surname, which they share with the person the story is about.
    /// </summary>
    public HashSet<string> Family { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Name words the story says belong to someone else than the name they look like: "councillor Chan Ka-ming, who is no
    /// relation", "Lucia Castellano, who is not related to the superintendent".
    /// </summary>
    public HashSet<string> Unrelated { get; } = new(StringComparer.Ordinal);

    /// <param name="spellings">Where the words of earlier stories are kept (see <see cref="KeptSpellings"/>); the story's own strings when null.</param>
    public static StoryNames Read(Document document, RuleScope scope, MatchOptions options, IReadOnlySet<string>? speechVerbs = null, KeptSpellings? spellings = null)
    {
        spellings ??= new KeptSpellings(word => options.IsException(word));
        var story = new StoryNames();
        var text = document.Text;
        var words = new List<TextSpan>();
        foreach (var sentence in document.Blocks.Where(b => scope.Includes(b.Kind)).SelectMany(b => b.Sentences))
        {
            words.Clear();
            foreach (var word in sentence.Words)
            {
                words.Add(WithoutPossessive(text, word.Span));
            }

            for (var i = 0; i < words.Count; i++)
            {
                var span = words[i];
                var next = i + 1 < words.Count && WordShape.IsNameShaped(text[words[i + 1]]) && text[TextSpan.FromBounds(span.End, words[i + 1].Start)] is " ";
                if (next)
                {
                    var pair = (spellings.Of(text[span]).Text, spellings.Of(text[words[i + 1]]).Text);
                    story.Pairs.Add(pair);
                    if (i > 0)
                    {
                        story.InnerPairs.Add(pair);
                    }
                }

                if (!IsNameWord(text[span]))
                {
                    continue;
                }

                var (word, excepted) = spellings.Of(text[span]);
                if (next || (i > 0 && WordShape.IsNameShaped(text[words[i - 1]])))
                {
                    story.NameParts.Add(word);
                }

                if (speechVerbs is not null && IsSpeaker(text, words, i, speechVerbs))
                {
                    story.Speakers.Add(word);
                }

                if (!excepted)
                {
                    if (!story.Uses.TryGetValue(word, out var list))
                    {
                        story.Uses[word] = list = [];
                    }

                    list.Add(span);
                    if (i >= 2 && KinOf(text.Content, span.Start) is { } kinOf)
                    {
                        story.Kin.Add((word, kinOf));
                    }

                    if (i >= 2 && FamilyBefore().IsMatch(text.Content.AsSpan(Math.Max(0, span.Start - 80), Math.Min(80, span.Start))))
                    {
                        story.Family.Add(word);
                    }

                    if (NoRelationAfter().IsMatch(text.Content.AsSpan(span.End, Math.Min(40, text.Content.Length - span.End))))
                    {
                        story.Unrelated.Add(word);
                    }
                }
            }
        }

        return story;
    }

    /// <summary>
    /// The name whose child, parent or sibling the words before <paramref name="start"/> introduce ("Pillay's son, Kiran "),
    /// or null. A cousin, an in-law or a spouse may spell the surname their own way, so they do not count.
    /// </summary>
    private static string? KinOf(string text, int start)
    {
        var from = Math.Max(0, start - 80);
        if (text.AsSpan(from, start - from).IndexOfAny('\'', '’') < 0)
        {
            return null;
        }

        var match = KinBefore().Match(text, from, start - from);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}'’-]+)['’]s\s+(?:(?:eldest|elder|older|younger|youngest|only|late)\s+)?(?:son|daughter|brother|sister|father|mother|grandson|granddaughter|twin)\s*,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}$")]
    private static partial Regex KinBefore();

    [GeneratedRegex(@"\b(?:a|an|the|his|her|their|one|two|three|only)\s+(?:(?:eldest|elder|older|younger|youngest|only|late)\s+)?(?:son|daughter|brother|sister|father|mother|grandson|granddaughter|twin|sons|daughters|brothers|sisters)\s*,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}$")]
    private static partial Regex FamilyBefore();

    [GeneratedRegex(@"^,?\s+(?:(?:who|which)\s+(?:is|was|are|were)\s+)?(?:no\s+relation|not\s+related|unrelated|no\s+kin)\b")]
    private static partial Regex NoRelationAfter();

    /// <summary>A capitalized word of three letters or more, with inner hyphens ("Okafor-Brandt").</summary>
    public static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!WordShape.IsNameShaped(word) || word.Length < 3 || word[^1] == '-')
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words before one of <paramref name="verbs"/>, with nothing but a space between, and not after "the".</summary>
    private static bool IsSpeaker(SourceText text, List<TextSpan> words, int i, IReadOnlySet<string> verbs)
    {
        if (i + 1 >= words.Count || text[TextSpan.FromBounds(words[i].End, words[i + 1].Start)] is not " ")
        {
            return false;
        }

        var afterThe = i > 0 && text[words[i - 1]].Equals("the", StringComparison.OrdinalIgnoreCase);
        return !afterThe && (verbs is HashSet<string> set && set.Comparer == StringComparer.Ordinal
            ? set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[words[i + 1]])
            : verbs.Contains(text.ToString(words[i + 1])));
    }

    /// <summary>"Ibáñez's", "Jones'": the word without its possessive ending.</summary>
    private static TextSpan WithoutPossessive(SourceText text, TextSpan span)
    {
        var word = text[span];
        if (word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '’')
        {
            return new TextSpan(span.Start, span.Length - 2);
        }

        return span;
    }
}
