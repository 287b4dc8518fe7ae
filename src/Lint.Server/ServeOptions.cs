using Lint.Workspace.Loading;

namespace Lint.Server;

/// <summary>
/// How <c>lint serve</c> runs: the rules (as <c>--rules</c> and <c>--no-default-rules</c> give them), the
/// folder whose <c>.lint.yaml</c> configures every story, where it listens, the bearer token (none: open,
/// for loopback), and the limits a CMS can rely on.
/// </summary>
public sealed record ServeOptions
{
    /// <summary>The environment variable that gives the bearer token when <c>--token</c> does not.</summary>
    public const string TokenVariable = "LINT_SERVE_TOKEN";

    /// <summary>Loopback only, unless <c>--urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5180";

    public static ServeOptions Default { get; } = new();

    public RuleOptions Rules { get; init; } = new([], UseDefaults: true);

    /// <summary>The folder a story is configured from, as if it were a file there (default: the working directory).</summary>
    public string Root { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Where Kestrel listens (null: leave it to the host, as tests do).</summary>
    public string? Urls { get; init; }

    /// <summary>When set, every <c>/api/</c> request but the health check needs <c>Authorization: Bearer</c> this token.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted; a larger one gets 413. A 10,000-word story is about 60 KB.</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How long one request may take, waiting in the queue included; past it the answer is 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How many stories are linted at once; linting is CPU-bound, so one per core.</summary>
    public int MaxConcurrentStories { get; init; } = Environment.ProcessorCount;

    /// <summary>How many requests may wait for a turn; past that a burst gets 503 with Retry-After.</summary>
    public int QueueLimit { get; init; } = 1000;

    /// <summary>Re-read the configuration and rule files when one changes.</summary>
    public bool WatchFiles { get; init; } = true;
}
