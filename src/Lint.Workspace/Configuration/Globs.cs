using Microsoft.Extensions.FileSystemGlobbing;

namespace Lint.Workspace.Configuration;

/// <summary>
/// Glob patterns from a config file ("opinion/**", "**/*.draft.md"), matched against paths relative to
/// the folder of the config file that wrote them.
/// </summary>
public sealed class Globs
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);
    private Func<string, bool>? _match;

    public Globs(string directory, IReadOnlyList<ConfigEntry> patterns)
    {
        Directory = directory;
        Patterns = patterns;
        foreach (var pattern in patterns)
        {
            _matcher.AddInclude(pattern.Value);
        }
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string Directory { get; }

    public IReadOnlyList<ConfigEntry> Patterns { get; }

    public bool Matches(string fullPath) =>
        _match is not null ? _match(fullPath) : Patterns.Count > 0 && _matcher.Match(Directory, fullPath).HasMatches;

    /// <summary>Globs that another syntax decides (a <c>.vale.ini</c> section's): <paramref name="matches"/> gets the full path.</summary>
    public static Globs Where(string directory, IReadOnlyList<ConfigEntry> patterns, Func<string, bool> matches) =>
        new(directory, patterns) { _match = matches };
}
