namespace Lint.LanguageServer.Documents;

/// <summary>Turns <c>file:</c> URIs into local paths and back. Other schemes (<c>untitled:</c>) have no path.</summary>
public static class DocumentUri
{
    public static string? ToLocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    public static string FromLocalPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The extension of the document's name (".md"), from its path or else from the URI itself.</summary>
    public static string Extension(string uri) =>
        Path.GetExtension(ToLocalPath(uri) ?? (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed.AbsolutePath : uri)).ToLowerInvariant();
}
