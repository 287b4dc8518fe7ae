using Lint.Text;

namespace Lint.LanguageServer.Documents;

/// <summary>A document the client has open: its URI, local path (if a file), the client's version number, and the text of that version.</summary>
public sealed record OpenDocument(string Uri, string? LocalPath, int Version, SourceText Text)
{
    public string Extension => DocumentUri.Extension(Uri);
}
