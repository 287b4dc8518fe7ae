using AngleSharp.Dom;
using Lint.Syntax;

namespace Lint.Formats.Html;

/// <summary>
/// Walks the DOM in document order. Every text node is taken from the <see cref="CharacterStream"/> (so
/// the stream stays in step), but only text outside skipped elements is written as prose. Block elements
/// close the open block; code-like elements are excluded; an image's alt text is a block of its own.
/// </summary>
internal sealed class HtmlWalker(string source, TokenLog tokens, ProseWriter writer, ParseOptions options)
{
    public void Walk(INode node, bool prose, BlockKind kind)
    {
        switch (node)
        {
            case IText text:
                WriteText(text.Data, prose);
                break;
            case IElement element:
                WalkElement(element, prose, kind);
                break;
            default:
                WalkChildren(node, prose, kind);
                break;
        }
    }

    private void WalkElement(IElement element, bool prose, BlockKind kind)
    {
        var name = element.LocalName;
        var at = element.SourceReference?.Position.Index ?? 0;
        if (!prose || HtmlElements.IsSkipped(name) || options.SkippedScopes.Contains(name))
        {
            WalkChildren(element, prose: false, kind);
        }
        else if (name == "img")
        {
            WriteAltText(element, at);
        }
        else if (name == "br")
        {
            writer.Space(at);
        }
        else if (HtmlElements.IsCode(name) || (options.IgnoredScopes.Contains(name) && !HtmlElements.IsBlock(name)))
        {
            writer.BeginExcluded(at);
            WalkChildren(element, prose, kind);
            writer.EndExcluded();
        }
        else if (HtmlElements.IsBlock(name))
        {
            var inner = HtmlElements.KindOf(name, kind);
            writer.Close();
            writer.Kind = inner;
            WalkChildren(element, prose, inner);
            writer.Close();
            writer.Kind = kind;
        }
        else
        {
            WalkChildren(element, prose, kind);
        }
    }

    private void WalkChildren(INode node, bool prose, BlockKind kind)
    {
        foreach (var child in node.ChildNodes)
        {
            Walk(child, prose, kind);
        }
    }

    private void WriteText(string data, bool prose)
    {
        var index = tokens.Characters.Take(data);
        if (!prose || index < 0)
        {
            return;
        }

        for (var k = 0; k < data.Length; k++)
        {
            writer.Write(data[k], tokens.Characters.Start(index + k), tokens.Characters.End(index + k));
        }
    }

    /// <summary>The alt attribute's value, each character at its place inside the tag.</summary>
    private void WriteAltText(IElement image, int tagStart)
    {
        if (tokens.Attribute(tagStart, "alt") is not { } alt || string.IsNullOrWhiteSpace(alt.Value)
            || AttributeValue.Find(source, alt.Position.Index) is not var (start, end))
        {
            return;
        }

        var nested = writer.HasOpenBlock;
        if (nested)
        {
            writer.BeginExcluded(start);
        }

        writer.BeginNested(BlockKind.AltText, start);
        ReferenceAligner.Align(source, start, end, alt.Value, writer.Write);
        writer.Close();
        if (nested)
        {
            writer.EndExcluded();
        }
    }
}
