using Lint.Formats.Html;
using Lint.Formats.Markdown;
using Lint.Syntax;
using Lint.Text;

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

    /// <summary>
    /// Parses an article read as its extension says (or as <paramref name="options"/>' <c>[formats]</c> associates it;
    /// plain text when the format is not read), with the options' scopes and hidden text.
    /// </summary>
    public static Document Parse(string path, string extension, SourceText text, ParseOptions options)
    {
        var format = options.FormatOf(extension);
        var parser = !options.HasScopes ? ForExtension(format) ?? PlainText
            : ForExtension(format) == Markdown ? new MarkdownDocumentParser(null, options)
            : ForExtension(format) == Html ? new HtmlDocumentParser(null, options)
            : PlainText;
        return HiddenText.Apply(parser.Parse(path, text), options.TokenIgnores, options.BlockIgnores);
    }

    /// <summary>The parser for an extension such as ".md" (a leading dot is optional), or null when the format is not read.</summary>
    public static IDocumentParser? ForExtension(string extension)
    {
        var key = extension.StartsWith('.') ? extension : "." + extension;
        return ByExtension.GetValueOrDefault(key);
    }
}
