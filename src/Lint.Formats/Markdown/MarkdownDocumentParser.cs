using Lint.Syntax;
using Lint.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Lint.Formats.Markdown;

/// <summary>
/// Markdown, read by Markdig with precise source locations. Headings, paragraphs, list items, block
/// quotes, table cells and image alt text are blocks of their own kinds; front matter, fenced and indented
/// code, HTML blocks and link reference definitions are not prose and make no block. Inside a block,
/// the non-prose inlines are excluded ranges (see <see cref="InlineProse"/>). Every span is an offset into
/// the Markdown source itself. HTML comments are kept for lint directives.
/// </summary>
public sealed class MarkdownDocumentParser : IDocumentParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public Document Parse(string path, SourceText text)
    {
        var content = text.Content;
        var markdown = Markdig.Markdown.Parse(content, Pipeline);
        var pending = new List<PendingBlock>();
        var comments = new List<Comment>();
        foreach (var leaf in markdown.Descendants<LeafBlock>())
        {
            if (leaf is HtmlBlock html)
            {
                comments.AddRange(CommentScanner.Scan(content, InlineProse.SpanOf(html)));
                continue;
            }

            if (KindOf(leaf) is not { } kind)
            {
                continue;
            }

            var inlines = new InlineProse(content);
            inlines.Read(leaf.Inline);
            comments.AddRange(inlines.Comments);
            var block = BlockAssembly.FromProse(content, kind, inlines.Prose, nested: false);
            if (block is not null)
            {
                pending.Add(block);
            }

            pending.AddRange(inlines.AltTexts
                .Select(alt => BlockAssembly.FromProse(content, BlockKind.AltText, alt, block is not null && block.Excluded.Any(e => alt.Any(e.Contains))))
                .OfType<PendingBlock>());
        }

        comments.Sort((a, b) => a.Span.CompareTo(b.Span));
        return new Document(path, text, BlockAssembly.Build(content, pending), comments);
    }

    /// <summary>The kind of a leaf block by what it is and, for a paragraph, by its innermost container.</summary>
    private static BlockKind? KindOf(LeafBlock leaf)
    {
        switch (leaf)
        {
            case HeadingBlock:
                return BlockKind.Heading;
            case ParagraphBlock:
                for (var parent = leaf.Parent; parent is not null; parent = parent.Parent)
                {
                    switch (parent)
                    {
                        case ListItemBlock:
                            return BlockKind.ListItem;
                        case QuoteBlock:
                            return BlockKind.Quote;
                        case TableCell:
                            return BlockKind.Table;
                    }
                }

                return BlockKind.Paragraph;
            default:
                return null;
        }
    }
}
