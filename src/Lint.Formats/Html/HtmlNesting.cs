using AngleSharp.Dom;
using Lint.Text;

namespace Lint.Formats.Html;

/// <summary>The HTML nesting limit: a page nested deeper is refused, at the element that goes over.</summary>
internal static class HtmlNesting
{
    public static ArticleLimitException TooDeep(string path, SourceText text, int offset, int max) =>
        ArticleLimitException.At(path, text, offset, $"Elements nest more than {max} deep here", $"the HTML nesting limit, {nameof(ArticleLimits.MaxHtmlNesting)}");

    /// <summary>
    /// Checks how deep elements nest in the tree the parser built (html and body included), without
    /// recursion, before it is walked recursively: the tree can be deeper than the tags counted while
    /// reading (end tags left out, tables filled in with tbody, tr and td).
    /// </summary>
    public static void Check(string path, SourceText text, INode root, int max)
    {
        var pending = new Stack<(INode Node, int Depth)>([(root, 0)]);
        while (pending.TryPop(out var next))
        {
            if (next.Depth > max)
            {
                var element = next.Node as IElement ?? next.Node.ParentElement;
                throw TooDeep(path, text, element?.SourceReference?.Position.Index ?? 0, max);
            }

            foreach (var child in next.Node.ChildNodes)
            {
                pending.Push((child, next.Depth + (child is IElement ? 1 : 0)));
            }
        }
    }
}
