using System.CommandLine;
using Lint.Cli.Input;
using Lint.Cli.Reporting;
using Lint.Cli.Running;

namespace Lint.Cli.Commands;

/// <summary><c>lint check PATH...</c>: lint articles and report the findings.</summary>
public sealed class CheckCommand(Terminal terminal, Linter linter)
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Articles or folders of articles to lint; '-' reads one article from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong(ReportFormat.Names);

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    private readonly Option<string> _failLevel = new Option<string>("--fail-level")
    {
        Description = "The lowest severity that makes the run fail with exit code 1.",
        DefaultValueFactory = _ => "error",
    }.AcceptOnlyFromAmong(FailLevel.Names);

    private readonly Option<string> _stdinExtension = new("--ext")
    {
        Description = "The format of an article read from standard input, as an extension.",
        DefaultValueFactory = _ => ".txt",
    };

    private readonly RuleSelection _rules = new();

    public Command Build()
    {
        var command = new Command("check", "Lint articles and report what a copy editor would mark.");
        command.Arguments.Add(_paths);
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_failLevel);
        command.Options.Add(_stdinExtension);
        _rules.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(parse, cancellationToken)));
        return command;
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var rules = RuleLoading.Load(_rules.Read(parse), terminal);
        if (rules.Rules.Count == 0)
        {
            terminal.Error.WriteLine("error: no rule could be loaded, so nothing was linted.");
            return ExitCodes.UsageError;
        }

        var inputErrors = new List<InputError>();
        var articles = Read(parse.GetValue(_paths) ?? [], parse.GetValue(_stdinExtension) ?? ".txt", inputErrors);
        foreach (var error in inputErrors)
        {
            terminal.Error.WriteLine($"error: {error}");
        }

        if (articles.Count == 0 && inputErrors.Count == 0)
        {
            terminal.Error.WriteLine($"error: no articles ({string.Join(", ", ArticleFinder.Extensions)}) found in {string.Join(", ", parse.GetValue(_paths) ?? [])}.");
            return ExitCodes.UsageError;
        }

        var result = linter.Run(rules, articles, inputErrors, cancellationToken);
        foreach (var failure in result.Failures)
        {
            terminal.Error.WriteLine($"error: {failure}");
        }

        var format = parse.GetValue(_format) ?? "text";
        if (!Write(ReportFormat.Create(format), result, parse.GetValue(_output)))
        {
            return ExitCodes.UsageError;
        }

        if (format == "github" && !AppendJobSummary(result))
        {
            return ExitCodes.UsageError;
        }

        if (inputErrors.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        var failLevel = FailLevel.Parse(parse.GetValue(_failLevel) ?? "error");
        return failLevel is { } level && result.Diagnostics.Any(d => d.Severity >= level) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private List<Article> Read(IReadOnlyList<string> paths, string stdinExtension, List<InputError> errors)
    {
        var articles = new List<Article>();
        if (paths.Contains("-"))
        {
            using var stdin = terminal.OpenStandardInput();
            var article = ArticleReader.ReadStdin(stdin, stdinExtension.StartsWith('.') ? stdinExtension : "." + stdinExtension, errors);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        foreach (var file in ArticleFinder.Find(paths.Where(p => p != "-"), errors))
        {
            var article = ArticleReader.ReadFile(file, errors);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        return articles;
    }

    /// <summary>In GitHub Actions (GITHUB_STEP_SUMMARY names a file), appends the Markdown job summary to it.</summary>
    private bool AppendJobSummary(LintResult result)
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path))
        {
            return true;
        }

        try
        {
            var info = new FileInfo(path);
            var separator = info.Exists && info.Length > 0 && !EndsWithLineBreak(path) ? "\n" : string.Empty;
            File.AppendAllText(path, separator + new GitHubJobSummary().Create(result), new System.Text.UTF8Encoding(false));
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

    private bool Write(IReporter reporter, LintResult result, string? outputPath)
    {
        if (outputPath is null)
        {
            using var stdout = terminal.OpenStandardOutput();
            reporter.Write(result, stdout);
            return true;
        }

        var full = Path.GetFullPath(outputPath);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                reporter.Write(result, file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: could not write {outputPath}: {ex.Message}");
            File.Delete(temporary);
            return false;
        }
    }
}
