using System.Threading.RateLimiting;
using Lint.Server.Api;
using Lint.Server.Hosting;
using Lint.Server.Stories;
using Lint.Workspace.Planning;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Lint.Server;

/// <summary>
/// Builds the <c>lint serve</c> app: the API (<see cref="LintApi"/>), its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the copy desk's page at <c>/</c>. Every setting comes from the
/// <see cref="ServeOptions"/> service, so a test can replace it before the app starts.
/// </summary>
public static class LintServer
{
    /// <summary>The rate-limiting policy of check and fix: a few stories at a time, the rest queued.</summary>
    public const string StoriesLimiter = "stories";

    public static WebApplication Create(string[] args, ServeOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (options.Urls is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<IRuleSetProvider>(s => new CatalogRuleSetProvider(s.GetRequiredService<ServeOptions>().Rules, s.GetRequiredService<ILoggerFactory>().CreateLogger("Lint.Rules")));
        services.AddSingleton<StoryService>();
        services.AddSingleton<StoryReader>();
        services.AddHostedService<RuleFileWatcher>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRequestTimeouts();
        services.AddRateLimiter(_ => { });
        services.AddOptions<KestrelServerOptions>().Configure<ServeOptions>((kestrel, serve) => kestrel.Limits.MaxRequestBodySize = serve.MaxBodyBytes);
        services.AddOptions<RequestTimeoutOptions>().Configure<ServeOptions>((timeouts, serve) => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = serve.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => WriteProblemAsync(context, "Took too long", $"The story was not checked within the server's {serve.RequestTimeout.TotalSeconds:0.###} s limit."),
        });
        services.AddOptions<RateLimiterOptions>().Configure<ServeOptions>((limiter, serve) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = async (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await WriteProblemAsync(context.HttpContext, "Too many stories at once", $"{serve.QueueLimit} requests are already waiting; try again in a moment.");
            };
            limiter.AddConcurrencyLimiter(StoriesLimiter, queue =>
            {
                queue.PermitLimit = serve.MaxConcurrentStories;
                queue.QueueLimit = serve.QueueLimit;
                queue.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });

        var app = builder.Build();
        var page = new EmbeddedFileProvider(typeof(LintServer).Assembly, "Lint.Server.wwwroot");
        app.UseStatusCodePages();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page });
        app.UseMiddleware<BearerToken>();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.Use(TimedOutInQueue);
        app.UseRateLimiter();
        app.MapOpenApi();
        LintApi.Map(app);
        return app;
    }

    /// <summary>
    /// A request whose time ran out while it waited in the queue is dropped by the rate limiter with nothing
    /// written (it takes it for a client that went away), which would answer an empty 200. Raised as a
    /// cancellation here, the request-timeout middleware answers it with the 503 problem instead.
    /// </summary>
    private static async Task TimedOutInQueue(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (!context.Response.HasStarted && context.RequestAborted.IsCancellationRequested)
        {
            throw new OperationCanceledException(context.RequestAborted);
        }
    }

    private static Task WriteProblemAsync(HttpContext context, string title, string detail) =>
        context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail },
        }).AsTask();
}
