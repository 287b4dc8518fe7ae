using Lint.Formats.Html;
using Lint.Formats.Markdown;
using Lint.Syntax;

namespace Lint.Formats;

/// <summary>The formats Lint reads, chosen by file extension: plain text, Markdown and HTML.</summary>
public static class DocumentFormats
{
    private static readonly IDocumentParser PlainText = new PlainTextParser();
    private static readonly IDocumentParser Markdown = new MarkdownDocumentParser();
    private static readonly IDocumentParser Html = new HtmlDocumentParser();

    private static readonly Dictionary<string, IDocumentParser> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = PlainText,
        [".text"] = PlainText,
        [".md"] = Markdown,
        [".markdown"] = Markdown,
        [".html"] = Html,
        [".htm"] = Html,
    };

    /// <summary>Every extension read, in a stable order.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. ByExtension.Keys];

    /// <summary>The parser for an extension such as ".md" (a leading dot is optional), or null when the format is not read.</summary>
    public static IDocumentParser? ForExtension(string extension)
    {
        var key = extension.StartsWith('.') ? extension : "." + extension;
        return ByExtension.GetValueOrDefault(key);
    }
}
