using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Cli.Running;

/// <summary>The findings in one article, sorted, with the article's text for reporters that quote it.</summary>
public sealed record ArticleResult(string Path, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics);
