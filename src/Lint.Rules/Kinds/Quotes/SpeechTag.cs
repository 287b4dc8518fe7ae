using System.Buffers;
using System.Text.RegularExpressions;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Quotes;

/// <summary>
/// The attribution that follows a quote: a comma, a few words and a speech verb, to the end of the sentence
/// (", Osei said.", ", her father, Paolo Morandi, said in a statement.", ",' said Ruiz."). When such a tag
/// sits inside a quote that is still open, the closing mark was left out after the comma. A speaker who
/// reports speech ("I told him, you said you would come.", "it failed, as the minister said.") says I, you,
/// we or they, or leads in with as, like, what, that, if, when, because: those are not tags.
/// </summary>
public sealed class SpeechTag(IEnumerable<string> verbs)
{
    private const string NotQuote = "[^“”\"«»]";

    private const string Word = "[^\\s“”\"«»]+";

    private static readonly SearchValues<char> DoubleMarks = SearchValues.Create("“”\"«»");

    private readonly Regex _tag = RulePattern.Compile(
        $@",(?<mark>['’]?)\s+(?:(?!(?:I|[Yy]ou|[Ww]e|[Tt]hey|as|like|what|which|that|if|when|because)\b){Word}\s+){{0,6}}?(?:{string.Join('|', verbs.Select(Regex.Escape))})\b{NotQuote}*?[.!?:]\s*$",
        ignoreCase: false);

    /// <summary>
    /// Where the quote opened before <paramref name="end"/> (exclusive) should have closed: the position right
    /// after its comma, and the length of a single quote mark written there instead of the closing mark; null
    /// when no speech tag ends the text.
    /// </summary>
    public (int At, int Replaced)? QuoteEnd(string text, int start, int end)
    {
        // A tag holds no double quote mark, so it starts after the last one: the search is as long as the text since
        // that mark, not since the quote opened (a paragraph of many marks would otherwise take time in their square).
        var last = text.AsSpan(start, end - start).LastIndexOfAny(DoubleMarks);
        if (last >= 0)
        {
            start += last + 1;
        }

        var match = _tag.Match(text, start, end - start);
        return match.Success ? (match.Index + 1, match.Groups["mark"].Length) : null;
    }
}
