using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;

namespace Lint.LanguageServer.Session;

/// <summary>The local folders the client opened (<c>workspaceFolders</c>, else <c>rootUri</c>, else <c>rootPath</c>).</summary>
public sealed class WorkspaceRoots
{
    private volatile IReadOnlyList<string> _folders = [];

    public IReadOnlyList<string> Folders => _folders;

    public void Set(InitializeParams parameters)
    {
        var folders = new List<string>();
        foreach (var folder in parameters.WorkspaceFolders ?? [])
        {
            if (DocumentUri.ToLocalPath(folder.Uri) is { } path)
            {
                folders.Add(path);
            }
        }

        if (folders.Count == 0 && parameters.RootUri is { } rootUri && DocumentUri.ToLocalPath(rootUri) is { } root)
        {
            folders.Add(root);
        }

        if (folders.Count == 0 && !string.IsNullOrEmpty(parameters.RootPath))
        {
            folders.Add(Path.GetFullPath(parameters.RootPath));
        }

        _folders = folders.Select(Path.TrimEndingDirectorySeparator).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The path shown in messages: relative to the folder holding the file, with '/' separators.</summary>
    public string DisplayPath(string fullPath)
    {
        foreach (var folder in _folders)
        {
            var relative = Path.GetRelativePath(folder, fullPath);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return fullPath.Replace('\\', '/');
    }
}
