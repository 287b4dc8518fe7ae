using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// A copy of a text with its non-prose ranges blanked out to spaces. Parsers split sentences and words on
/// the copy, so markup neither breaks a sentence nor becomes a word, while every offset still points into
/// the original text.
/// </summary>
public static class ProseMask
{
    public static string Apply(string text, IEnumerable<TextSpan> excluded)
    {
        var chars = text.ToCharArray();
        foreach (var span in excluded)
        {
            chars.AsSpan(span.Start, span.Length).Fill(' ');
        }

        return new string(chars);
    }

    /// <summary>A block whose sentences and words come from the masked text.</summary>
    public static Block CreateBlock(string masked, BlockKind kind, TextSpan span, IReadOnlyList<TextSpan> excluded) =>
        new(kind, span, SentenceSplitter.Split(masked, span), excluded);
}
