namespace Lint.Formats;

/// <summary>
/// How deeply an article's markup may nest. Real stories nest a few levels; past these limits a Markdown
/// or HTML article is refused with an <see cref="ArticleLimitException"/> naming where it goes over,
/// instead of overflowing the stack or slowing the run to a halt (the HTML tree builder's work grows with
/// the square of the depth).
/// </summary>
public sealed record ArticleLimits
{
    public static ArticleLimits Default { get; } = new();

    /// <summary>
    /// How deep block quotes and lists may nest in Markdown. Markdig itself stops at 128 levels of blocks or
    /// brackets, which is reported the same way, so a value above 127 has no effect.
    /// </summary>
    public int MaxMarkdownNesting { get; init; } = 100;

    /// <summary>
    /// How many '[' one Markdown paragraph may hold: Markdig's time on a paragraph grows with the square of
    /// its unclosed brackets, so a paragraph of bracket soup could stall a run for minutes.
    /// </summary>
    public int MaxMarkdownBrackets { get; init; } = 2_000;

    /// <summary>How deep HTML elements may nest (a news page nests 20 to 40 deep).</summary>
    public int MaxHtmlNesting { get; init; } = 512;
}
