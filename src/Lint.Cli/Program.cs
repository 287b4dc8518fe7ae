using Lint.Cli;
using Lint.Cli.Commands;
using Lint.Cli.Fixing;
using Lint.Cli.Running;
using Lint.Rules.Matching;
using Lint.Workspace.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A run day set to something that is no date is refused before anything is read (see RunDate).
try
{
    RunDate.Today();
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.UsageError;
}

// A command lints and exits, so it keeps rule patterns interpreted rather than pay the JIT for them before
// it reads a story; 'lint serve' and 'lint lsp', which stay up, choose RegexTiering.LongRunning.
RegexTiering.Current = RegexTiering.OneRun;

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args });
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<Terminal>();
builder.Services.AddSingleton<Linter>();
builder.Services.AddSingleton<CheckRunner>();
builder.Services.AddSingleton<CheckCommand>();
builder.Services.AddSingleton<BaselineCommand>();
builder.Services.AddSingleton<InitCommand>();
builder.Services.AddSingleton<RulesCommand>();
builder.Services.AddSingleton<TestCommand>();
builder.Services.AddSingleton<ArticleFixer>();
builder.Services.AddSingleton(_ => new SafeFileWriter());
builder.Services.AddSingleton<FixCommand>();
builder.Services.AddSingleton<LspCommand>();
builder.Services.AddSingleton<ExplainCommand>();
builder.Services.AddSingleton<ServeCommand>();
builder.Services.AddSingleton<ValeCommand>();
builder.Services.AddSingleton<LintCommandLine>();

// The host is never started (no hosted services, no lifetime): only its services are used. Building them
// directly skips resolving an IHost, its lifetime and options, which costs a cold start several
// milliseconds under NativeAOT (each open generic service is instantiated at run time).
using var services = builder.Services.BuildServiceProvider();
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await services.GetRequiredService<LintCommandLine>().RunAsync(args, cancellation.Token);
