using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Workspace.Reporting;

/// <summary>
/// Writes the findings of a run in one format, as the run goes: <see cref="Begin"/> once, <see cref="Article"/>
/// once per article in path order (the article's text may be collected once it returns), then
/// <see cref="End"/> once. Every format renders the same findings. One run per reporter.
/// </summary>
public interface IReporter
{
    void Begin(Stream output, ReportStart start);

    void Article(ArticleResult article);

    void End(ReportEnd end);
}
