using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
using Lint.Workspace.Planning;

namespace Lint.Cli.Running;

/// <summary>
/// Everything <c>lint check</c> and <c>lint baseline</c> do before they lint: find the articles, find each
/// one's <c>.lint.yaml</c>, load the rules those ask for, read standard input; the articles themselves are
/// read as the <see cref="CheckPlan"/> lints them. Problems a person must fix first (a bad config, an
/// unknown <c>--ext</c>, an unreadable baseline, no articles) are written to standard error and give null:
/// exit code 2.
/// </summary>
public sealed class CheckRunner(Terminal terminal, Linter linter)
{
    public CheckPlan? Prepare(LintRequest request, SetupProblems? setup = null)
    {
        setup ??= new SetupProblems();
        void Fail(string line)
        {
            terminal.Error.WriteLine(line);
            setup.Lines.Add(line);
        }

        var stdinExtension = request.StdinExtension.StartsWith('.') ? request.StdinExtension : "." + request.StdinExtension;
        var problems = new List<string>();
        var configurations = new Configurations(request.Rules, request.ValeSources)
        {
            StdinName = request.ValeSources is null ? null : ArticleReader.StdinPath + stdinExtension,
        };

        // A .vale.ini's [formats] may read another extension as one Lint reads (mdx = md).
        if (DocumentFormats.ForExtension(stdinExtension) is null
            && (!request.Paths.Contains("-") || DocumentFormats.ForExtension(configurations.For(null).Parsing.FormatOf(stdinExtension)) is null))
        {
            Fail($"error: --ext {request.StdinExtension} is not a format Lint reads; use one of {string.Join(", ", DocumentFormats.Extensions)}.");
            return null;
        }

        var configErrors = new List<ConfigError>();
        var plan = RunPlanner.Plan(request.Paths, configurations, new CommandLevels(request.FailLevel, request.MinLevel), problems, configErrors);
        setup.Located.AddRange(configErrors.Select(e => new RuleError(e.Path, e.Line, e.Column, e.Message)));
        if (plan is null)
        {
            problems.ForEach(Fail);
            return null;
        }

        foreach (var line in problems)
        {
            terminal.Error.WriteLine(line);
        }

        var rules = plan.Rules.Rules;
        if (rules.Rules.Count == 0)
        {
            setup.Located.AddRange(plan.Rules.Rules.Errors);
            Fail("error: no rule could be loaded, so nothing was linted.");
            return null;
        }

        Baseline? baseline = null;
        if (request.BaselinePath is { } baselinePath && (baseline = Baseline.Load(baselinePath, out var problem)) is null)
        {
            Fail($"error: {problem}");
            return null;
        }

        var inputErrors = plan.InputErrors.ToList();
        var sources = new List<ArticleSource>();
        if (request.Paths.Contains("-"))
        {
            using var input = request.StdinText is { } text ? new MemoryStream(text) : terminal.OpenStandardInput();
            if (ArticleReader.ReadStdin(input, stdinExtension, inputErrors) is { } article)
            {
                sources.Add(ArticleSource.InMemory(article, plan.StdinSettings));
            }
        }

        sources.AddRange(plan.Articles.Select(a => ArticleSource.File(a.FullPath, a.Settings)));

        // Every file read gives an article or an input error, so this is known before reading any.
        if (sources.Count == 0 && inputErrors.Count == 0 && plan.Articles.Count == plan.Found)
        {
            Fail($"error: no articles ({string.Join(", ", ArticleFinder.Extensions)}) found in {string.Join(", ", request.Paths)}.");
            return null;
        }

        return new CheckPlan(terminal, linter.Start(rules, baseline), sources, inputErrors);
    }
}
