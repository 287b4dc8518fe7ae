using Lint.Formats;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Properties.Tests;

/// <summary>The parser of each generated format, by name, and parsing that lets only a located limit error through.</summary>
internal static class Formats
{
    public static IDocumentParser Parser(string extension) => DocumentFormats.ForExtension(extension) ?? new PlainTextParser();

    /// <summary>The document, or null when the text goes past a limit (with its place inside the text).</summary>
    public static Document? Parse(string extension, string text)
    {
        var source = new SourceText(text);
        try
        {
            return Parser(extension).Parse("story" + extension, source);
        }
        catch (ArticleLimitException ex)
        {
            Assert.InRange(ex.Line, 1, source.LineCount);
            return null;
        }
    }
}
