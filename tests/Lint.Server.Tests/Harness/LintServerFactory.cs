using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lint.Server.Tests.Harness;

/// <summary>
/// Runs the server in-process with <see cref="ServeOptions"/> of the test's choosing: by default the
/// default pack, configured from an empty folder (no <c>.lint.yaml</c>), without watching files.
/// </summary>
public sealed class LintServerFactory : WebApplicationFactory<Program>
{
    public LintServerFactory()
        : this(o => o)
    {
    }

    private LintServerFactory(Func<ServeOptions, ServeOptions> configure) =>
        Options = configure(ServeOptions.Default with { Root = EmptyRoot, WatchFiles = false });

    public static string EmptyRoot { get; } = Directory.CreateTempSubdirectory("lint-serve-root-").FullName;

    public ServeOptions Options { get; }

    /// <summary>A server whose options the test changes from the defaults above.</summary>
    public static LintServerFactory With(Func<ServeOptions, ServeOptions> configure) => new(configure);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton(Options));
}
