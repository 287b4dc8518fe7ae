using System.CommandLine;
using Lint.Cli.Running;
using Lint.LanguageServer;
using Microsoft.Extensions.Logging;

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint lsp</c>: a language server on standard input and output for editors. Standard output carries
/// only protocol messages; logs go to standard error.
/// </summary>
public sealed class LspCommand(Terminal terminal, ILoggerFactory loggers)
{
    private readonly RuleSelection _rules = new();

    private readonly Option<bool> _stdio = new("--stdio")
    {
        Description = "Talk over standard input and output (the default and only transport; accepted because editors pass it).",
    };

    public Command Build()
    {
        var command = new Command("lsp", "Run the Language Server Protocol server over standard input and output, for editors.");
        _rules.AddTo(command);
        command.Options.Add(_stdio);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rules = new CatalogRuleSetProvider(_rules.Read(parse), loggers.CreateLogger("Lint.Rules"));
            using var input = terminal.OpenStandardInput();
            using var output = terminal.OpenStandardOutput();
            await using var server = new LintLanguageServer(input, output, rules, LanguageServerOptions.Default, loggers);
            return await server.RunAsync(cancellationToken);
        });
        return command;
    }
}
