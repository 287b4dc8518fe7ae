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
}
