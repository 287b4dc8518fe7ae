using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Syntax;

/// <summary>Guesses the kind of a plain-text block from its shape: bullets, bylines, photo captions, headings.</summary>
public static partial class BlockClassifier
{
    private const int MaxHeadingWords = 16;

    public static BlockKind Classify(string text, TextSpan span)
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
        var heading = !closed && words <= MaxHeadingWords && !HasInnerSentenceEnd().IsMatch(block) && !EndsOnFunctionWord().IsMatch(block);
        return heading ? BlockKind.Heading : BlockKind.Paragraph;
    }

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

    /// <summary>A sentence ends inside the block and another starts (". “Then"): a paragraph cut off, not a heading.</summary>
    [GeneratedRegex(@"\p{Ll}[.!?][""”’]?\s+[""“‘]?\p{Lu}")]
    private static partial Regex HasInnerSentenceEnd();

    /// <summary>No heading ends on "the", "and", "to" or "between": a block that does was cut off mid-sentence.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|into|that|which|who|whose|than|is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|be|been|its|their|his|her|our|this|these|those|as|about|after|before|between|because|if|while|during|without|within|along|through|toward|towards|against|despite|until|unless|although|though|whether|including|across|amid|among|onto|upon|via|per|once|whereas|whenever|wherever|plus|versus|my|your)$")]
    private static partial Regex EndsOnFunctionWord();

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex NumberedPattern();
}
