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
/// the Markdown source itself. HTML comments are kept for lint directives. Markdown nested past the
/// <see cref="ArticleLimits"/> is refused with an <see cref="ArticleLimitException"/> naming the place.
/// </summary>
public sealed class MarkdownDocumentParser(ArticleLimits? limits = null, ParseOptions? options = null) : IDocumentParser
{
    /// <summary>Markdig's own limit, fixed in Markdig: it stops at 128 levels of blocks or brackets.</summary>
    private const int MarkdigNesting = 127;

    private readonly int _maxNesting = Math.Min((limits ?? ArticleLimits.Default).MaxMarkdownNesting, MarkdigNesting);

    private readonly int _maxBrackets = (limits ?? ArticleLimits.Default).MaxMarkdownBrackets;

    private readonly MarkdownScopes? _scopes = MarkdownScopes.For(options);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public Document Parse(string path, SourceText text)
    {
        var content = text.Content;
        BracketCount.Check(path, text, _maxBrackets);
        var markdown = Read(path, text);
        var pending = new List<PendingBlock>();
        var comments = new List<Comment>();
        foreach (var leaf in markdown.Descendants<LeafBlock>())
        {
            if (leaf is HtmlBlock html)
            {
                comments.AddRange(CommentScanner.Scan(content, InlineProse.SpanOf(html)));
                continue;
            }

            CheckNesting(path, text, leaf);
            if (KindOf(leaf) is not { } kind || _scopes?.IsSkipped(leaf) == true)
            {
                continue;
            }

            var inlines = new InlineProse(content, InlineProse.SpanOf(leaf), _scopes);
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

    /// <summary>Markdig's parse, with its "too deeply nested" error (which says no place) turned into a located one.</summary>
    private static MarkdownDocument Read(string path, SourceText text)
    {
        try
        {
            return Markdig.Markdown.Parse(text.Content, Pipeline);
        }
        catch (ArgumentException ex) when (IsTooDeep(ex))
        {
            var at = NestingLocator.Locate(text.Content, TooDeep);
            throw ArticleLimitException.At(path, text, at, $"Block quotes, lists or brackets nest more than {MarkdigNesting} deep here", "the Markdown nesting limit, fixed in Markdig");
        }
    }

    private static bool TooDeep(string markdown)
    {
        try
        {
            Markdig.Markdown.Parse(markdown, Pipeline);
            return false;
        }
        catch (ArgumentException ex) when (IsTooDeep(ex))
        {
            return true;
        }
    }

    private static bool IsTooDeep(ArgumentException ex) => ex.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>Refuses a block inside more block quotes and list items than the limit allows.</summary>
    private void CheckNesting(string path, SourceText text, LeafBlock leaf)
    {
        var depth = 0;
        for (var parent = leaf.Parent; parent is not null; parent = parent.Parent)
        {
            depth += parent is QuoteBlock or ListItemBlock ? 1 : 0;
        }

        if (depth > _maxNesting)
        {
            throw ArticleLimitException.At(path, text, leaf.Span.Start, $"Block quotes and lists nest {depth} deep here, more than {_maxNesting}", $"the Markdown nesting limit, {nameof(ArticleLimits.MaxMarkdownNesting)}");
        }
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
