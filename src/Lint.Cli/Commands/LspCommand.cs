using System.CommandLine;
#if LINT_LANGUAGE_SERVER
using Lint.LanguageServer;
using Lint.Rules.Matching;
using Lint.Workspace.Planning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
#endif

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint lsp</c>: a language server on standard input and output for editors. Standard output carries
/// only protocol messages; logs go to standard error. A NativeAOT build has no language server (see
/// Lint.Cli.csproj): there the command only says so and exits with 2. The logging services are resolved
/// only when the server starts, so that other commands do not pay for building them at start-up.
/// </summary>
#if LINT_LANGUAGE_SERVER
public sealed class LspCommand(Terminal terminal, IServiceProvider services)
#else
public sealed class LspCommand(Terminal terminal)
#endif
{
    private readonly RuleSelection _rules = new();

    private readonly Option<bool> _stdio = new("--stdio")
    {
        Description = "Talk over standard input and output (the default and only transport; accepted because editors pass it).",
    };

    public Command Build()
    {
#if LINT_LANGUAGE_SERVER
        const string description = "Run the Language Server Protocol server over standard input and output, for editors.";
#else
        const string description = "Not in this NativeAOT build: run the language server from the JIT build.";
#endif
        var command = new Command("lsp", description);
        _rules.AddTo(command);
        command.Options.Add(_stdio);
#if LINT_LANGUAGE_SERVER
        command.SetAction(async (parse, cancellationToken) =>
        {
            RegexTiering.Current = RegexTiering.LongRunning;
            var loggers = services.GetRequiredService<ILoggerFactory>();
            var rules = new CatalogRuleSetProvider(_rules.Read(parse), loggers.CreateLogger("Lint.Rules"));
            using var input = terminal.OpenStandardInput();
            using var output = terminal.OpenStandardOutput();
            await using var server = new LintLanguageServer(input, output, rules, LanguageServerOptions.Default, loggers);
            return await server.RunAsync(cancellationToken);
        });
#else
        command.SetAction(_ =>
        {
            terminal.Error.WriteLine(
                "error: this lint is a NativeAOT build, which has no language server (StreamJsonRpc needs the JIT). " +
                "Run 'lint lsp' from the JIT build instead: 'dotnet run --project src/Lint.Cli -- lsp', " +
                "or a 'dotnet publish src/Lint.Cli' without -p:PublishAot=true.");
            return ExitCodes.UsageError;
        });
#endif
        return command;
    }
}
