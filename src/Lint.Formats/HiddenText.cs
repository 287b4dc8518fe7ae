using System.Text.RegularExpressions;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats;

/// <summary>
/// Hides the text of a <c>.vale.ini</c>'s <c>TokenIgnores</c> and <c>BlockIgnores</c> from the rules, as Vale does
/// by turning it into code before it reads the file: a token match becomes an excluded range of its block, as
/// inline code is (a sentence goes on around it, and no word or match that touches it counts), and a block match
/// cuts its blocks as a code block would (the text before and after it are blocks of their own). Every other
/// span stays where it was. The patterns run over the document's text (for HTML, the page's decoded prose);
/// a pattern that runs past its time limit hides nothing.
/// </summary>
public static class HiddenText
{
    public static Document Apply(Document document, IReadOnlyList<Regex> tokens, IReadOnlyList<Regex> blocks)
    {
        if (tokens.Count == 0 && blocks.Count == 0)
        {
            return document;
        }

        var text = document.Text.Content;
        var inline = Merge(tokens.SelectMany(p => Matches(p, text)));
        var cuts = Merge(blocks.SelectMany(p => Matches(p, text)));
        if (inline.Count == 0 && cuts.Count == 0)
        {
            return document;
        }

        var pending = new List<PendingBlock>();
        foreach (var block in document.Blocks)
        {
            var nested = block.Kind == BlockKind.AltText && document.Blocks.Any(b => b.Kind != BlockKind.AltText && b.Span.Contains(block.Span));
            foreach (var piece in Subtract(block.Span, cuts))
            {
                var excluded = Merge(block.Excluded.Concat(inline).Select(e => Intersect(e, piece)).Where(e => !e.IsEmpty));
                var span = Trim(text, piece, excluded);
                if (!span.IsEmpty)
                {
                    pending.Add(new PendingBlock(block.Kind, span, [.. excluded.Where(e => span.Contains(e))], nested));
                }
            }
        }

        return new Document(document.Path, document.Text, BlockAssembly.Build(text, pending), document.Comments, document.SourceMap);
    }

    private static IEnumerable<TextSpan> Matches(Regex pattern, string text)
    {
        try
        {
            return [.. pattern.Matches(text).Where(m => m.Length > 0).Select(m => new TextSpan(m.Index, m.Length))];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>The spans in order, overlapping or touching ones joined.</summary>
    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>The parts of <paramref name="span"/> outside every cut.</summary>
    private static IEnumerable<TextSpan> Subtract(TextSpan span, List<TextSpan> cuts)
    {
        var start = span.Start;
        foreach (var cut in cuts.Where(c => c.End > span.Start && c.Start < span.End))
        {
            if (cut.Start > start)
            {
                yield return TextSpan.FromBounds(start, cut.Start);
            }

            start = Math.Max(start, cut.End);
        }

        if (start < span.End)
        {
            yield return TextSpan.FromBounds(start, span.End);
        }
    }

    private static TextSpan Intersect(TextSpan a, TextSpan b)
    {
        var start = Math.Max(a.Start, b.Start);
        var end = Math.Min(a.End, b.End);
        return start < end ? TextSpan.FromBounds(start, end) : default;
    }

    /// <summary>A piece less the white space and hidden text at its ends: a block starts and ends on prose.</summary>
    private static TextSpan Trim(string text, TextSpan piece, List<TextSpan> excluded)
    {
        var (start, end) = (piece.Start, piece.End);
        while (start < end)
        {
            var at = start;
            start = Covering(excluded, at) is { } skip ? skip.End : char.IsWhiteSpace(text[at]) ? at + 1 : at;
            if (start == at)
            {
                break;
            }
        }

        while (end > start)
        {
            var at = end - 1;
            end = Covering(excluded, at) is { } skip ? skip.Start : char.IsWhiteSpace(text[at]) ? at : end;
            if (end == at + 1)
            {
                break;
            }
        }

        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private static TextSpan? Covering(List<TextSpan> excluded, int at)
    {
        foreach (var e in excluded)
        {
            if (e.Start <= at && at < e.End)
            {
                return e;
            }
        }

        return null;
    }
}
