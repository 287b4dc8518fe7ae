using System.CommandLine;
#if LINT_SERVER
using Lint.Rules.Matching;
using Lint.Server;
using Microsoft.Extensions.Hosting;
#endif

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint serve</c>: the copy desk's page and the HTTP API for CMS hooks (<see href="../Lint.Server">Lint.Server</see>),
/// with the rules and configuration <c>lint check</c> would use in the working directory. A NativeAOT build
/// has no server (see Lint.Cli.csproj): there the command only says so and exits with 2.
/// </summary>
public sealed class ServeCommand(Terminal terminal)
{
    private readonly RuleSelection _rules = new();

    private readonly Option<string> _urls = new("--urls")
    {
        Description = "Where to listen (semicolon-separated URLs). The default is loopback only.",
        DefaultValueFactory = _ => "http://127.0.0.1:5180",
    };

    private readonly Option<string?> _token = new("--token")
    {
        Description = "Require 'Authorization: Bearer TOKEN' on the API (default: the LINT_SERVE_TOKEN environment variable; none on loopback).",
    };

    public Command Build()
    {
#if LINT_SERVER
        const string description = "Serve the copy desk's page and the HTTP API (POST /api/v1/check) for CMS hooks.";
#else
        const string description = "Not in this NativeAOT build: run the server from the JIT build.";
#endif
        var command = new Command("serve", description);
        _rules.AddTo(command);
        command.Options.Add(_urls);
        command.Options.Add(_token);
#if LINT_SERVER
        command.SetAction(async (parse, cancellationToken) =>
        {
            RegexTiering.Current = RegexTiering.LongRunning;
            var options = ServeOptions.Default with
            {
                Rules = _rules.Read(parse),
                Urls = parse.GetValue(_urls),
                Token = parse.GetValue(_token) ?? Environment.GetEnvironmentVariable(ServeOptions.TokenVariable),
            };
            await using var app = LintServer.Create([], options);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or FormatException or InvalidOperationException or UriFormatException)
            {
                terminal.Error.WriteLine($"error: could not listen on {options.Urls}: {ex.Message}");
                return ExitCodes.UsageError;
            }

            terminal.Error.WriteLine($"lint serve: the page and the API on {string.Join(", ", app.Urls)} (Ctrl+C stops it).");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Clean;
        });
#else
        command.SetAction(_ =>
        {
            terminal.Error.WriteLine(
                "error: this lint is a NativeAOT build, which has no web server (ASP.NET Core is not compiled ahead of time here). " +
                "Run 'lint serve' from the JIT build instead: 'dotnet run --project src/Lint.Cli -- serve', " +
                "or a 'dotnet publish src/Lint.Cli' without -p:PublishAot=true.");
            return ExitCodes.UsageError;
        });
#endif
        return command;
    }
}
