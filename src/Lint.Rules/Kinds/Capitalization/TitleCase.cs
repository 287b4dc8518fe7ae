namespace Lint.Rules.Kinds.Capitalization;

/// <summary>
/// How a title-case heading writes each word, in AP or Chicago style (Vale's <c>style</c>): the first and
/// last words and the word after a colon are capitalized; in between, AP lowercases articles and the
/// conjunctions and prepositions of three letters or fewer, Chicago articles, the coordinating
/// conjunctions and every preposition, whatever its length. Any other word has its first letter capitalized
/// and the rest left as written ("iPhone" stays, inner capitals are the writer's).
/// </summary>
public sealed class TitleCase
{
    public static readonly TitleCase AP = new(["a", "an", "the", "and", "but", "for", "nor", "or", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "out", "per", "to", "up", "via"]);

    public static readonly TitleCase Chicago = new(
    [
        "a", "an", "the", "and", "but", "for", "nor", "or", "as", "to", "about", "above", "across", "after", "against", "along", "among",
        "around", "at", "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "down", "during", "except",
        "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "since",
        "through", "throughout", "till", "toward", "towards", "under", "underneath", "until", "up", "upon", "via", "with", "within", "without",
    ]);

    private readonly HashSet<string> _small;

    private TitleCase(string[] small) => _small = new HashSet<string>(small, StringComparer.OrdinalIgnoreCase);

    /// <summary>The word as a title writes it, given its place among <paramref name="count"/> words and whether the word before it ends with a colon.</summary>
    public string Expected(string word, int index, int count, bool afterColon)
    {
        var bare = word.TrimEnd(',', '.', ':', ';', '!', '?');
        if (index > 0 && index < count - 1 && !afterColon && _small.Contains(bare))
        {
            return word.ToLowerInvariant();
        }

        return word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
    }
}
