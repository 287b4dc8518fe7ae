using System.CommandLine;
using Lint.Cli.Commands;

namespace Lint.Cli;

/// <summary>The root command. Parse errors exit with 2, so that 1 always means "findings".</summary>
public sealed class LintCommandLine(Terminal terminal, CheckCommand check, FixCommand fix, RulesCommand rules, TestCommand test, BaselineCommand baseline, InitCommand init, LspCommand lsp, ExplainCommand explain, ServeCommand serve, ValeCommand vale)
{
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Lint: an editorial linter for news copy.");
        root.Subcommands.Add(check.Build());
        root.Subcommands.Add(fix.Build());
        root.Subcommands.Add(rules.Build());
        root.Subcommands.Add(test.Build());
        root.Subcommands.Add(baseline.Build());
        root.Subcommands.Add(init.Build());
        root.Subcommands.Add(lsp.Build());
        root.Subcommands.Add(explain.Build());
        root.Subcommands.Add(serve.Build());
        root.Subcommands.Add(vale.Build());
        RootHelp.Install(root, terminal.Out);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                terminal.Error.WriteLine($"error: {error.Message}");
            }

            terminal.Error.WriteLine("Run 'lint --help' for usage.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
