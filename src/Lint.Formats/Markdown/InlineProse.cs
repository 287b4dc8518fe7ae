using Lint.Syntax;
using Lint.Text;
using Markdig.Syntax.Inlines;

namespace Lint.Formats.Markdown;

/// <summary>
/// Reads the inlines of one Markdown block: the literal text (including link labels and emphasised words)
/// is prose; inline code, autolinked URLs, link targets, emphasis markers, inline HTML, entities and the
/// backslash of an escape are not. An image's alt text is prose of its own, gathered separately. Inline
/// HTML comments are collected for lint directives.
/// </summary>
internal sealed class InlineProse(string text)
{
    public List<TextSpan> Prose { get; } = [];

    public List<List<TextSpan>> AltTexts { get; } = [];

    public List<Comment> Comments { get; } = [];

    public void Read(Inline? inline) => Walk(inline, Prose);

    private void Walk(Inline? inline, List<TextSpan> into)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                AddLiteral(literal, into);
                return;
            case LinkInline { IsImage: true } image:
                var alt = new List<TextSpan>();
                WalkChildren(image, alt);
                AltTexts.Add(alt);
                return;
            case LinkInline { IsAutoLink: true }:
                return;
            case HtmlInline html:
                Comments.AddRange(CommentScanner.Scan(text, SpanOf(html)));
                return;
            case ContainerInline container:
                WalkChildren(container, into);
                return;
        }
    }

    private void WalkChildren(ContainerInline container, List<TextSpan> into)
    {
        foreach (var child in container)
        {
            Walk(child, into);
        }
    }

    /// <summary>A literal's source span, less the backslash of any escape in it ("\*" is prose '*').</summary>
    private void AddLiteral(LiteralInline literal, List<TextSpan> into)
    {
        var span = SpanOf(literal);
        var start = span.Start;
        for (var i = span.Start; i + 1 < span.End; i++)
        {
            if (text[i] == '\\' && IsAsciiPunctuation(text[i + 1]))
            {
                into.Add(TextSpan.FromBounds(start, i));
                start = i + 1;
                i++;
            }
        }

        into.Add(TextSpan.FromBounds(start, span.End));
    }

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>Markdig's spans end on their last character; Lint's end after it.</summary>
    public static TextSpan SpanOf(Markdig.Syntax.MarkdownObject node) =>
        node.Span.IsEmpty || node.Span.Start < 0 ? default : TextSpan.FromBounds(node.Span.Start, node.Span.End + 1);
}
