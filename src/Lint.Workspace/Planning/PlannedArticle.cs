using Lint.Workspace.Findings;

namespace Lint.Workspace.Planning;

/// <summary>An article file a run lints (its full path; it is read when it is linted) and the settings it is linted with.</summary>
public sealed record PlannedArticle(string FullPath, ArticleSettings Settings);
