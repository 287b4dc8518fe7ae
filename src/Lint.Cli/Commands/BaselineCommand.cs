using System.CommandLine;
using Humanizer;
using Lint.Cli.Reporting;
using Lint.Cli.Running;

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint baseline PATH... --output lint-baseline.sarif</c>: record today's findings as SARIF, so that
/// <c>lint check --baseline</c> reports only new ones. Findings never fail this command.
/// </summary>
public sealed class BaselineCommand(Terminal terminal, CheckRunner runner)
{
    public const string DefaultFile = "lint-baseline.sarif";

    private readonly Argument<string[]> _paths = ArticlePaths.Create("Articles or folders of articles whose findings to record; '-' reads one article from standard input.");

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The baseline file to write.",
        DefaultValueFactory = _ => DefaultFile,
    };

    private readonly Option<string> _stdinExtension = new("--ext")
    {
        Description = "The format of an article read from standard input, as an extension.",
        DefaultValueFactory = _ => ".txt",
    };

    private readonly RuleSelection _rules = new();

    public Command Build()
    {
        var command = new Command("baseline", "Record today's findings, so that 'lint check --baseline' reports only new ones.");
        command.Arguments.Add(_paths);
        command.Options.Add(_output);
        command.Options.Add(_stdinExtension);
        _rules.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(parse, cancellationToken)));
        return command;
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var request = new LintRequest(parse.GetValue(_paths) ?? [], parse.GetValue(_stdinExtension) ?? ".txt", _rules.Read(parse), (null, false), null, null);
        var plan = runner.Prepare(request);
        var output = parse.GetValue(_output) ?? DefaultFile;
        if (plan is null)
        {
            return ExitCodes.UsageError;
        }

        ReportEnd? end = null;
        if (!ReportOutput.Write(terminal, output, stream => end = plan.Report(new SarifReporter(), stream, null, cancellationToken)) || end is null)
        {
            return ExitCodes.UsageError;
        }

        terminal.Error.WriteLine($"Recorded {"finding".ToQuantity(end.Tally.Recorded)} in {"article".ToQuantity(end.Tally.Articles)} to {output}.");
        return end.InputErrors.Count > 0 ? ExitCodes.UsageError : ExitCodes.Clean;
    }
}
