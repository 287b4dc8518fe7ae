using Lint.Syntax;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// Which files are stories, and the parser for each. Every format is read as plain text for now, as
/// <c>lint check</c> does; when Markdown and HTML parsers land, this is the one place to choose them.
/// </summary>
public static class StoryFormats
{
    private static readonly IDocumentParser PlainText = new PlainTextParser();

    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];

    public static bool IsStory(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the format has comments, and so can hold <c>&lt;!-- lint disable Rule.Id --&gt;</c>.</summary>
    public static bool HasComments(string extension) => extension is ".md" or ".markdown" or ".html" or ".htm";

    public static IDocumentParser ParserFor(string extension) => PlainText;
}
