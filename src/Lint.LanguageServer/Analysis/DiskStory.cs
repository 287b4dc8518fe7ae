using Lint.Text;

namespace Lint.LanguageServer.Analysis;

/// <summary>A story of the workspace folder as it is on disk: its full path and text.</summary>
public sealed record DiskStory(string FullPath, SourceText Text);
