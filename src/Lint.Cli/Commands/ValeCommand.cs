using System.CommandLine;
using Lint.Cli.Reporting;
using Lint.Cli.Reporting.Vale;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Workspace.Configuration;
using Lint.Workspace.Input;
using Lint.Workspace.Loading;
using Lint.Workspace.Vale;

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint vale [flags] [paths]</c>: Vale's command line over Lint's run. The <c>.vale.ini</c> is found as Vale
/// finds it and every article is linted with it (the default pack is not used); the output is Vale's
/// (<c>CLI</c>, <c>line</c> or <c>JSON</c>) and so is the exit code: 1 when an error-level alert is shown
/// (never with <c>--no-exit</c>), 2 for a runtime problem (no config, a bad flag, a broken rule), else 0.
/// </summary>
public sealed class ValeCommand(Terminal terminal, CheckRunner runner)
{
    private static readonly string[] Outputs = ["CLI", "line", "JSON"];

    private readonly Argument<string[]> _paths = new("paths") { Description = "Files or folders to lint, or one string of text; none reads standard input.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _config = new("--config") { Description = "A file path (--config='some/file/path/.vale.ini')." };
    private readonly Option<string> _output = new("--output") { Description = "An output style (\"line\", \"JSON\" or \"CLI\").", DefaultValueFactory = _ => "CLI" };
    private readonly Option<string?> _minAlertLevel = new Option<string?>("--minAlertLevel") { Description = "The minimum level to display (--minAlertLevel=error)." }.AcceptOnlyFromAmong(LevelNames.Shown);
    private readonly Option<string> _glob = new("--glob") { Description = "A glob pattern (--glob='*.{md,txt}').", DefaultValueFactory = _ => "*" };
    private readonly Option<string> _ext = new("--ext") { Description = "An extension to associate with stdin (--ext=.md).", DefaultValueFactory = _ => ".txt" };
    private readonly Option<string?> _filter = new("--filter") { Description = "Vale's rule filter expression: not supported by Lint (an error)." };
    private readonly Option<bool> _noExit = new("--no-exit") { Description = "Don't return a nonzero exit code on errors." };
    private readonly Option<bool> _noGlobal = new("--no-global") { Description = "Don't load the global configuration." };
    private readonly Option<bool> _noWrap = new("--no-wrap") { Description = "Don't wrap CLI output." };
    private readonly Option<bool> _sort = new("--sort") { Description = "Sort files by their name in output (Lint always does)." };
    private readonly Option<bool> _normalize = new("--normalize") { Description = "Replace each path separator with a slash ('/'); Lint always does." };
    private readonly Option<bool> _relative = new("--relative") { Description = "Return relative paths; Lint always does." };

    public Command Build()
    {
        var command = new Command("vale", "Lint with a Vale configuration and Vale's flags, output and exit codes: a drop-in for 'vale'.");
        command.Arguments.Add(_paths);
        foreach (var option in new Option[] { _config, _output, _minAlertLevel, _glob, _ext, _filter, _noExit, _noGlobal, _noWrap, _sort, _normalize, _relative })
        {
            command.Options.Add(option);
        }

        var list = new Command("ls-config", "Print the Vale configuration in use, as JSON.");
        list.Options.Add(_config);
        list.Options.Add(_noGlobal);
        list.SetAction(parse => ListConfig(parse));
        command.Subcommands.Add(list);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(parse, cancellationToken)));
        return command;
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.GetValue(_output) ?? "CLI";
        var problems = new List<string>();
        if (!Outputs.Contains(output, StringComparer.Ordinal))
        {
            problems.Add($"error: --output '{output}': Lint prints Vale's \"line\", \"JSON\" and \"CLI\" outputs; templates are not supported.");
        }

        if (parse.GetValue(_filter) is not null)
        {
            problems.Add("error: --filter: Lint does not read Vale's filter expressions; name the rules in the configuration instead.");
        }

        var sources = ValeConfigLocator.Find(parse.GetValue(_config), parse.GetValue(_noGlobal), out var missing);
        if (missing is not null)
        {
            problems.Add($"error: {missing}");
        }

        var paths = parse.GetValue(_paths) ?? [];
        if (paths.Length == 0 && terminal.InputIsTerminal)
        {
            problems.Add("error: nothing to lint: name files or folders, or pipe text in ('lint vale --help' lists the flags).");
        }

        var inputs = problems.Count == 0 ? ValeInputs.Decide(paths, parse.GetValue(_glob) ?? "*", problems) : null;
        if (inputs is null)
        {
            problems.ForEach(terminal.Error.WriteLine);
            return ExitCodes.UsageError;
        }

        var ext = parse.GetValue(_ext) ?? ".txt";
        ext = ext.StartsWith('.') ? ext : "." + ext;
        var minLevel = parse.GetValue(_minAlertLevel) is { } min && LevelNames.TryParse(min, false, out var level) ? level : null;
        var noExit = parse.GetValue(_noExit);
        var request = new LintRequest(inputs.Paths, ext, new RuleOptions([], UseDefaults: false), noExit ? (null, true) : (Severity.Error, true), minLevel, null)
        {
            ValeSources = sources,
            StdinText = inputs.Text,
        };
        var plan = runner.Prepare(request);
        if (plan is null)
        {
            return ExitCodes.UsageError;
        }

        string PathOf(string path) => path == ArticleReader.StdinPath ? ArticleReader.StdinPath + ext : path;
        IReporter reporter = output switch
        {
            "line" => new ValeLineReporter(PathOf),
            "JSON" => new ValeJsonReporter(PathOf),
            _ => new ValeCliReporter(PathOf, !parse.GetValue(_noWrap), new Colors(terminal.OutputIsTerminal && ColorChoice.Decide("auto", true, terminal.Environment))),
        };
        ReportEnd? end = null;
        ReportOutput.Write(terminal, null, stream => end = plan.Report(reporter, stream, null, cancellationToken));
        if (end is null || end.InputErrors.Count > 0 || end.RuleErrors.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        return !noExit && end.Tally.Count(Severity.Error) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private int ListConfig(ParseResult parse)
    {
        var sources = ValeConfigLocator.Find(parse.GetValue(_config), parse.GetValue(_noGlobal), out var missing);
        var errors = new List<ConfigError>();
        var vale = missing is null ? ValeConfigReader.Read(sources, errors) : null;
        foreach (var error in errors)
        {
            terminal.Error.WriteLine(error);
        }

        if (vale is null || errors.Count > 0)
        {
            terminal.Error.WriteLine(missing is null ? "error: the Vale configuration has errors." : $"error: {missing}");
            return ExitCodes.UsageError;
        }

        ReportOutput.Write(terminal, null, stream => ValeConfigListing.Write(stream, vale, sources));
        return ExitCodes.Clean;
    }
}
