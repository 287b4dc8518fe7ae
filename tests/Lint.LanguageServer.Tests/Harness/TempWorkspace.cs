namespace Lint.LanguageServer.Tests.Harness;

/// <summary>
/// A workspace folder under the system temp folder for configuration tests: rule folders with the test
/// rules, <c>.lint.yaml</c> files and stories written by relative path; deleted when the test ends.
/// </summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "lint-lsp-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string FullPath(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>The <c>file:</c> URI of a path in the workspace.</summary>
    public string Uri(string relativePath) => new System.Uri(FullPath(relativePath)).AbsoluteUri;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
