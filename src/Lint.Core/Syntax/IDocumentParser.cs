using Lint.Text;

namespace Lint.Syntax;

/// <summary>Turns the text of one format (plain text, Markdown, HTML) into a <see cref="Document"/>.</summary>
public interface IDocumentParser
{
    Document Parse(string path, SourceText text);
}
