using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Syntax;

/// <summary>Guesses the kind of a plain-text block from its shape: bullets, bylines, photo captions, headings.</summary>
public static partial class BlockClassifier
{
    private const int MaxHeadingWords = 16;

    /// <summary>A web headline at the top of a story runs longer, sometimes as two sentences.</summary>
    private const int MaxHeadlineWords = 20;

    /// <summary>
    /// A subheading inside a story's body is short; a headline or deck at its top can run to
    /// <see cref="MaxHeadingWords"/>. So a block this long after a finished paragraph is a paragraph
    /// when it reads as a report ("said", "had", "were"), and not when it is the present-tense headline
    /// of a related story pasted from a web page.
    /// </summary>
    private const int MaxBodyHeadingWords = 11;

    /// <summary>A block in a story's body with a clause after a comma is a heading only below this many words.</summary>
    private const int MaxClauseHeadingWords = 7;

    /// <summary>
    /// Classifies a block split into <paramref name="sentences"/> at <paramref name="place"/> in the story. Below
    /// the headline, a block of two sentences is a paragraph cut off, not a heading ("The storm hit at night.
    /// Then the lights went out"), but the dot of "St. Brigid's" ends none.
    /// </summary>
    public static BlockKind Classify(string text, TextSpan span, IReadOnlyList<Sentence> sentences, BlockPlace place)
    {
        var block = text.AsSpan(span.Start, span.Length);
        if (StartsWithBullet(text, span.Start))
        {
            return BlockKind.ListItem;
        }

        if (CaptionPattern().IsMatch(block))
        {
            return BlockKind.PastedCaption;
        }

        var words = CountWords(block);
        if (BylinePattern().IsMatch(block) && words <= 12)
        {
            return BlockKind.Byline;
        }

        var last = block[^1];
        var closed = last is '.' or '!' or '?' or '"' or '”' or '’' or '…' or ')' or ';' or ',';
        var heading = !closed
            && words <= place switch { BlockPlace.First => MaxHeadlineWords, BlockPlace.Body when ClauseAfterComma().IsMatch(block) => MaxClauseHeadingWords, BlockPlace.Body when ReadsAsReport().IsMatch(block) => MaxBodyHeadingWords, _ => MaxHeadingWords }
            && (place == BlockPlace.First || sentences.Count < 2)
            && !EndsOnFunctionWord().IsMatch(block) && !EndsOnModalAndAdverb().IsMatch(block);
        return heading ? BlockKind.Heading : BlockKind.Paragraph;
    }

    /// <summary>A paragraph that ends as a sentence does: what follows it is the body of the story.</summary>
    public static bool IsFinishedParagraph(string text, Block block) =>
        block.Kind == BlockKind.Paragraph && text[block.Span.End - 1] is '.' or '!' or '?' or '"' or '”' or '’' or '…' or ')';

    public static bool StartsWithBullet(string text, int start)
    {
        var c = text[start];
        if (c is '•' or '·' or '▪' or '◦' or '‣')
        {
            return true;
        }

        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        if (c is '-' or '*' or '–' or '—' or '+')
        {
            return next is ' ' or '\t';
        }

        return NumberedPattern().IsMatch(text.AsSpan(start, Math.Min(6, text.Length - start)));
    }

    private static int CountWords(ReadOnlySpan<char> block)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in block)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    [GeneratedRegex(@"^(?:By|BY)\s+\p{Lu}")]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^(?:Photo|Photograph|Image|Picture)(?: credit)?s?\s*:|\((?:[^()]*\bPhoto\b[^()]*|[^()]*\bvia (?:AP|Reuters|AFP|Getty Images)[^()]*)\)\s*$")]
    private static partial Regex CaptionPattern();

    /// <summary>
    /// A verb of a report ("said", "had", "were", "told"), which headlines in the present tense do not use. Newsroom.Truncation
    /// writes the same words for paragraphs of markup, where this class does not run.
    /// </summary>
    [GeneratedRegex(@"\b(?:said|had|were|told)\b")]
    private static partial Regex ReadsAsReport();

    /// <summary>
    /// A clause after a comma (", when the board is expected to"), which headlines do not write: a block of
    /// <see cref="MaxClauseHeadingWords"/> words or more with one, after a finished paragraph, is a paragraph. Newsroom.Truncation
    /// writes the same for paragraphs of markup.
    /// </summary>
    [GeneratedRegex(@",\s+(?:when|which|where|who|whose|until|while|whereas|although|though|because)\s")]
    private static partial Regex ClauseAfterComma();

    /// <summary>No heading ends on "the", "and", "to" or "between": a block that does was cut off mid-sentence.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|into|that|which|who|whose|than|is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|be|been|its|their|his|her|our|this|these|those|as|about|after|before|between|because|if|while|during|without|within|along|through|toward|towards|against|despite|until|unless|although|though|whether|including|across|amid|among|onto|upon|via|per|once|whereas|whenever|wherever|plus|versus|my|your)$")]
    private static partial Regex EndsOnFunctionWord();

    /// <summary>
    /// A modal and an adverb with no verb after them ("commuters will instead", "the ferry would also"): no heading ends
    /// so, and neither does a sentence. Newsroom.Truncation writes the same for paragraphs of markup.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:will|would|could|should|can|may|might|must|did|does|do)\s+(?:instead|also|still|now|only|then|soon|never|always|not|probably|likely|just|first|again|usually|often|simply|already|even|eventually|either)$")]
    private static partial Regex EndsOnModalAndAdverb();

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex NumberedPattern();
}
