using Lint.Text;

namespace Lint.Workspace.Input;

/// <summary>An article read from disk or stdin: the path shown to people, its extension, and its text.</summary>
public sealed record Article(string DisplayPath, string Extension, SourceText Text);
