using Lint.Syntax;
using Lint.Text;
using Markdig.Syntax.Inlines;

namespace Lint.Formats.Markdown;

/// <summary>
/// Reads the inlines of one Markdown block: the literal text (including link labels and emphasised words)
/// is prose; inline code, autolinked URLs, link targets, emphasis markers, inline HTML, entities and the
/// backslash of an escape are not. An image's alt text is prose of its own, gathered separately. Inline
/// HTML comments are collected for lint directives. An inline that Markdig places outside its block (it
/// miscounts a tab after a heading's '#') is left out rather than read at the wrong place.
/// </summary>
internal sealed class InlineProse(string text, TextSpan block, MarkdownScopes? scopes = null)
{
    /// <summary>How many inline HTML tags of ignored scopes are open where the walk is (their text is not prose).</summary>
    private int _ignoredTags;

    public List<TextSpan> Prose { get; } = [];

    public List<List<TextSpan>> AltTexts { get; } = [];

    public List<Comment> Comments { get; } = [];

    /// <summary>
    /// Walks the inlines in document order with a stack of its own, not by recursion: Markdig nests one
    /// inline per pair of emphasis markers, so 100,000 markers would otherwise overflow the stack.
    /// </summary>
    public void Read(Inline? inline)
    {
        var pending = new Stack<(Inline Inline, List<TextSpan> Into)>();
        if (inline is not null)
        {
            pending.Push((inline, Prose));
        }

        while (pending.TryPop(out var next))
        {
            var (node, into) = next;
            if (node.NextSibling is { } sibling)
            {
                pending.Push((sibling, into));
            }

            switch (node)
            {
                case LiteralInline literal:
                    if (_ignoredTags == 0)
                    {
                        AddLiteral(literal, into);
                    }

                    break;
                case LinkInline { IsImage: true } image:
                    var alt = new List<TextSpan>();
                    AltTexts.Add(alt);
                    PushChildren(pending, image, alt);
                    break;
                case LinkInline { IsAutoLink: true }:
                    break;
                case HtmlInline html:
                    if (block.Contains(SpanOf(html)))
                    {
                        Comments.AddRange(CommentScanner.Scan(text, SpanOf(html)));
                    }

                    if (scopes?.IgnoredTag(html.Tag, out var closing) is not null)
                    {
                        _ignoredTags = Math.Max(0, _ignoredTags + (closing ? -1 : 1));
                    }

                    break;
                case ContainerInline container when scopes?.IsIgnored(container) == true:
                    break;
                case ContainerInline container:
                    PushChildren(pending, container, into);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(Inline, List<TextSpan>)> pending, ContainerInline container, List<TextSpan> into)
    {
        if (container.FirstChild is { } first)
        {
            pending.Push((first, into));
        }
    }

    /// <summary>A literal's source span, less the backslash of any escape in it ("\*" is prose '*').</summary>
    private void AddLiteral(LiteralInline literal, List<TextSpan> into)
    {
        var span = SpanOf(literal);
        if (!block.Contains(span))
        {
            return;
        }

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
