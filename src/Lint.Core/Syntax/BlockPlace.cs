namespace Lint.Syntax;

/// <summary>Where a plain-text block stands in a story, which tells a headline from a paragraph cut off.</summary>
public enum BlockPlace
{
    /// <summary>The first block: the headline, whatever its shape ("The water was their home. Now it is gone").</summary>
    First,

    /// <summary>After the first block and before any finished paragraph: a deck, byline or dateline.</summary>
    Top,

    /// <summary>After a finished paragraph: body copy, where only a short line is a subheading.</summary>
    Body,
}
