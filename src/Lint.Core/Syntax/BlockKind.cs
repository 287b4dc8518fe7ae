namespace Lint.Syntax;

/// <summary>What a block of an article is. Rules choose the blocks they read with their <c>scope</c>.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
    Byline,
    Table,
    AltText,

    /// <summary>
    /// A photo caption found by its shape in plain text (it ends with a photo credit, or starts "Photo:"):
    /// a story file has no place for a photo, so the caption came in with copy taken from a web page.
    /// Markup that says a caption is one (HTML's <c>figcaption</c>) gives <see cref="Caption"/> instead.
    /// </summary>
    PastedCaption,
}
