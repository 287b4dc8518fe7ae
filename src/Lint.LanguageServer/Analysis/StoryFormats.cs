using Lint.Formats;
using Lint.Syntax;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// Which files are stories, and the parser for each: the formats of <c>lint check</c> (plain text, Markdown
/// with Markdig, HTML with AngleSharp), chosen by extension.
/// </summary>
public static class StoryFormats
{
    private static readonly IDocumentParser PlainText = new PlainTextParser();

    public static IReadOnlyList<string> Extensions => DocumentFormats.Extensions;

    public static bool IsStory(string path) => DocumentFormats.ForExtension(Path.GetExtension(path)) is not null;

    /// <summary>Whether the format has comments, and so can hold <c>&lt;!-- lint disable Rule.Id --&gt;</c>.</summary>
    public static bool HasComments(string extension) => extension is ".md" or ".markdown" or ".html" or ".htm";

    /// <summary>The parser of a format; a buffer of another kind (no extension, an unsaved one) is read as plain text.</summary>
    public static IDocumentParser ParserFor(string extension) => DocumentFormats.ForExtension(extension) ?? PlainText;
}
