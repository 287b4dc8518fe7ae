using Lint.Cli.Running;

namespace Lint.Cli.Reporting;

/// <summary>Writes the findings of a run in one format. Every format renders the same findings.</summary>
public interface IReporter
{
    void Write(LintResult result, Stream output);
}
