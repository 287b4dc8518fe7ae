using Lint.Server;

// Run on its own (dotnet run --project src/Lint.Server), the server uses the default pack and the
// .lint.yaml of the working directory; `lint serve` starts the same app with its command line's options.
var app = LintServer.Create(args, ServeOptions.Default with { Token = Environment.GetEnvironmentVariable(ServeOptions.TokenVariable) });
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
