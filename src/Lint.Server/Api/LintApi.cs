using Lint.Diagnostics;
using Lint.Formats;
using Lint.Server.Stories;
using Lint.Workspace.Findings;
using Lint.Workspace.Reporting;

namespace Lint.Server.Api;

/// <summary>
/// The HTTP API, version 1: check a story, fix it, list the rules, and a health check. Check and fix are
/// CPU-bound and share the <see cref="LintServer.StoriesLimiter"/> queue; each request has the server's
/// time limit. Every answer is JSON, but a check asked for <c>application/sarif+json</c> gets SARIF 2.1.0,
/// and a fix asked for <c>text/plain</c> gets the fixed text alone.
/// </summary>
public static class LintApi
{
    public const string SarifMediaType = "application/sarif+json";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        string[] bodies = ["application/json", "text/plain", "text/markdown", "text/html"];
        api.MapPost("/check", CheckAsync)
            .WithName("Check").WithSummary("Lint a story: JSON {text, format} or a raw text/plain, text/markdown or text/html body.")
            .Accepts<StoryRequest>(bodies[0], bodies[1..])
            .Produces<CheckResponse>(200, "application/json", SarifMediaType)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503)
            .RequireRateLimiting(LintServer.StoriesLimiter);
        api.MapPost("/fix", FixAsync)
            .WithName("Fix").WithSummary("Apply every fix lint fix would (or those of the rules named in 'only') and return the fixed story.")
            .Accepts<StoryRequest>(bodies[0], bodies[1..])
            .Produces<FixResponse>(200, "application/json", "text/plain")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503)
            .RequireRateLimiting(LintServer.StoriesLimiter);
        api.MapGet("/rules", Rules)
            .WithName("Rules").WithSummary("The rules a story is checked with, and whether the configuration has each on.")
            .Produces<IReadOnlyList<RuleJson>>().ProducesProblem(401);
        api.MapGet("/health", Health)
            .WithName("Health").WithSummary("Whether the server is up and its rules loaded; needs no token.")
            .Produces<HealthResponse>();
    }

    private static async Task<IResult> CheckAsync(HttpContext context, StoryReader reader, StoryService stories)
    {
        var cancellationToken = context.RequestAborted;
        var (story, problem) = await reader.ReadAsync(context.Request, cancellationToken);
        if (story is null)
        {
            return problem!;
        }

        if (!TryRun(() => stories.Check(story, cancellationToken), out var result, out problem))
        {
            return problem!;
        }

        if (Wants(context.Request, SarifMediaType))
        {
            using var sarif = new MemoryStream();
            var reporter = new SarifReporter();
            reporter.Begin(sarif, new ReportStart(stories.Descriptors(story.Extension), HasBaseline: false));
            reporter.Article(result!);
            reporter.End(new ReportEnd(stories.Configure(story.Extension).Rules.Errors, [], RunTally.Of([result!])));
            return Results.Bytes(sarif.ToArray(), SarifMediaType);
        }

        var findings = Findings(stories, story, result!.Diagnostics);
        int Count(Severity s) => result.Diagnostics.Count(d => d.Severity == s);
        return TypedResults.Ok(new CheckResponse(story.Format, findings, Count(Severity.Error), Count(Severity.Warning), Count(Severity.Suggestion)));
    }

    private static async Task<IResult> FixAsync(HttpContext context, StoryReader reader, StoryService stories)
    {
        var cancellationToken = context.RequestAborted;
        var (story, problem) = await reader.ReadAsync(context.Request, cancellationToken);
        if (story is null)
        {
            return problem!;
        }

        if (!TryRun(() => stories.Fix(story, cancellationToken), out var fixedText, out problem))
        {
            return problem!;
        }

        if (Wants(context.Request, "text/plain"))
        {
            return Results.Text(fixedText!.Text.Content, "text/plain; charset=utf-8");
        }

        var applied = fixedText!.Applied.Select(d => new AppliedFixJson(d.Id, d.Message, d.Fix?.Title ?? string.Empty)).ToList();
        return TypedResults.Ok(new FixResponse(fixedText.Text.Content, applied.Count, applied, Findings(stories, story, fixedText.Remaining)));
    }

    /// <summary>Findings as the API returns them, each fix with its level from the rules the story was linted with.</summary>
    private static List<FindingJson> Findings(StoryService stories, Story story, IEnumerable<Diagnostic> diagnostics)
    {
        var ruleSet = stories.Configure(story.Extension).Rules;
        return [.. diagnostics.Select(d => FindingJson.Of(d, stories.LevelOf(ruleSet, d.Id)))];
    }

    private static IResult Rules(StoryService stories)
    {
        var (ruleSet, settings) = stories.Configure(".txt");
        var rules = ruleSet.Rules.Select(r => r.Definition).Select(d => new RuleJson(
            d.Id, d.Id.Contains('.') ? d.Id[..d.Id.IndexOf('.')] : d.Id, d.Kind, Levels.Text(settings.SeverityOf(d.Id) ?? d.Level),
            d.Description, d.Link, settings.IsEnabled(d.Id)));
        return TypedResults.Ok(rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList());
    }

    private static IResult Health(StoryService stories)
    {
        var ruleSet = stories.Configure(".txt").Rules;
        return TypedResults.Ok(new HealthResponse("ok", ToolVersion.Value, ruleSet.Rules.Count, [.. ruleSet.Errors.Select(e => e.ToString())]));
    }

    /// <summary>Runs the linter; markup nested past a parser's limit is bad input (400), not a crash.</summary>
    private static bool TryRun<T>(Func<T> run, out T? value, out IResult? problem)
    {
        try
        {
            (value, problem) = (run(), null);
            return true;
        }
        catch (ArticleLimitException ex)
        {
            (value, problem) = (default, Problems.BadInput($"Line {ex.Line}, column {ex.Column}: {ex.Problem} ({ex.Limit}); the story was not linted."));
            return false;
        }
    }

    private static bool Wants(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
}
