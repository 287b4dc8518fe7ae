using System.CommandLine;
using Lint.Cli.Reporting;
using Lint.Cli.Running;
using Lint.Workspace.Configuration;

namespace Lint.Cli.Commands;

/// <summary><c>lint check PATH...</c>: lint articles and report the findings.</summary>
public sealed class CheckCommand(Terminal terminal, CheckRunner runner)
{
    private readonly Argument<string[]> _paths = ArticlePaths.Create("Articles or folders of articles to lint; '-' reads one article from standard input.");

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong(ReportFormat.Names);

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    private readonly Option<string?> _failLevel = new Option<string?>("--fail-level")
    {
        Description = "The lowest severity that makes the run fail with exit code 1 (default: the config's fail-level, else error).",
    }.AcceptOnlyFromAmong(FailLevel.Names);

    private readonly Option<string?> _minLevel = new Option<string?>("--min-level")
    {
        Description = "The lowest severity shown; findings below it are left out of every format (default: the config's min-level, else suggestion).",
    }.AcceptOnlyFromAmong(LevelNames.Shown);

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "A SARIF file written by 'lint baseline': report only findings it does not have.",
    };

    private readonly Option<string> _stdinExtension = new("--ext")
    {
        Description = "The format of an article read from standard input, as an extension.",
        DefaultValueFactory = _ => ".txt",
    };

    private readonly Option<string?> _sarif = new("--sarif")
    {
        Description = "Also write the findings as SARIF to this file, from the same run (for GitHub code scanning beside --format github).",
    };

    private readonly Option<string> _color = new Option<string>("--color")
    {
        Description = "Colour the text format: auto (on a terminal, unless NO_COLOR is set), always or never.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong(ColorChoice.Names);

    private readonly RuleSelection _rules = new();

    public Command Build()
    {
        var command = new Command("check", "Lint articles and report what a copy editor would mark.");
        command.Arguments.Add(_paths);
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_failLevel);
        command.Options.Add(_minLevel);
        command.Options.Add(_baseline);
        command.Options.Add(_stdinExtension);
        command.Options.Add(_color);
        command.Options.Add(_sarif);
        _rules.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(parse, cancellationToken)));
        return command;
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var failLevel = parse.GetValue(_failLevel);
        var minLevel = parse.GetValue(_minLevel);
        var request = new LintRequest(
            parse.GetValue(_paths) ?? [],
            parse.GetValue(_stdinExtension) ?? ".txt",
            _rules.Read(parse),
            failLevel is null ? (null, false) : (FailLevel.Parse(failLevel), true),
            minLevel is not null && LevelNames.TryParse(minLevel, false, out var min) ? min : null,
            parse.GetValue(_baseline));
        var setup = new SetupProblems();
        var plan = runner.Prepare(request, setup);
        var format = parse.GetValue(_format) ?? "text";
        var outputPath = parse.GetValue(_output);
        var sarifPath = parse.GetValue(_sarif);
        var toTerminal = outputPath is null && terminal.OutputIsTerminal;
        var colors = new Colors(outputPath is null && ColorChoice.Decide(parse.GetValue(_color), toTerminal, terminal.Environment));
        var reporter = ReportFormat.Create(format, colors);
        var summaryPath = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        var jobSummary = format == "github" && !string.IsNullOrEmpty(summaryPath) ? new GitHubJobSummary() : null;
        if (plan is null)
        {
            // Nothing to lint, but the report a workflow waits for is still written: the errors, with their
            // places, as annotations, SARIF configuration notifications, JSON errors and the job summary.
            var failed = new ReportEnd(setup.Located, [], new RunTally()) { Failure = setup.Describe() };
            ReportEnd Fail(IReporter failing, Stream output)
            {
                failing.Begin(output, new ReportStart([], false));
                failing.End(failed);
                return failed;
            }

            if (format != "text")
            {
                Write(reporter, outputPath, sarifPath, Fail);
            }
            else if (sarifPath is not null)
            {
                ReportOutput.Write(terminal, sarifPath, output => Fail(new SarifReporter(), output));
            }

            if (jobSummary is not null)
            {
                AppendJobSummary(summaryPath!, jobSummary.Create(failed));
            }

            return ExitCodes.UsageError;
        }

        plan.ShowProgress = !toTerminal;
        var written = Write(reporter, outputPath, sarifPath, (r, output) => plan.Report(r, output, jobSummary is null ? null : jobSummary.Add, cancellationToken), out var end);
        if (!written || end is null)
        {
            return ExitCodes.UsageError;
        }

        if (outputPath is not null)
        {
            terminal.Error.WriteLine($"{Summary.Describe(end.Tally)} Report written to {outputPath}.");
        }

        if (jobSummary is not null && !AppendJobSummary(summaryPath!, jobSummary.Create(end)))
        {
            return ExitCodes.UsageError;
        }

        if (end.InputErrors.Count > 0 || end.RuleErrors.Count > 0)
        {
            return ExitCodes.UsageError; // the other rules ran and the report is written, but a broken rule file must not pass
        }

        return end.Tally.Fails ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Writes the report to the output and, with <c>--sarif</c>, the same run as SARIF to its file.</summary>
    private bool Write(IReporter reporter, string? outputPath, string? sarifPath, Func<IReporter, Stream, ReportEnd> run, out ReportEnd? end)
    {
        ReportEnd? result = null;
        var reportWritten = false;
        var sarifWritten = sarifPath is null
            ? reportWritten = ReportOutput.Write(terminal, outputPath, output => result = run(reporter, output))
            : ReportOutput.Write(terminal, sarifPath, sarif =>
                reportWritten = ReportOutput.Write(terminal, outputPath, output => result = run(new TwoReports(reporter, new SarifReporter(), sarif), output)));
        end = result;
        return reportWritten && sarifWritten;
    }

    private void Write(IReporter reporter, string? outputPath, string? sarifPath, Func<IReporter, Stream, ReportEnd> run) =>
        Write(reporter, outputPath, sarifPath, run, out _);

    /// <summary>In GitHub Actions (GITHUB_STEP_SUMMARY names a file), appends the Markdown job summary to it.</summary>
    private bool AppendJobSummary(string path, string summary)
    {
        try
        {
            var info = new FileInfo(path);
            var separator = info.Exists && info.Length > 0 && !EndsWithLineBreak(path) ? "\n" : string.Empty;
            File.AppendAllText(path, separator + summary, new System.Text.UTF8Encoding(false));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: could not write the job summary to {path}: {ex.Message}");
            return false;
        }
    }

    private static bool EndsWithLineBreak(string path)
    {
        using var file = File.OpenRead(path);
        file.Seek(-1, SeekOrigin.End);
        return file.ReadByte() == '\n';
    }
}
