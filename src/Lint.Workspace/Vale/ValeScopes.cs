using Lint.Formats.Scopes;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>.vale.ini</c>'s <c>IgnoredScopes</c> (inline tags whose text is not linted; Vale's default <c>code, tt</c>)
/// and <c>SkippedScopes</c> (block tags skipped whole; Vale's default <c>script, style, pre, figure</c>). As in Vale,
/// a list replaces the default. A tag Lint cannot map onto the formats it reads is a warning at its line, and
/// an inline scope that names a block tag is too (it belongs in <c>SkippedScopes</c>).
/// </summary>
public static class ValeScopes
{
    public static readonly string[] DefaultIgnored = ["code", "tt"];

    public static readonly string[] DefaultSkipped = ["script", "style", "pre", "figure"];

    public static IReadOnlyList<string> Read(IniSection core, string key, string[] defaults, List<ConfigError> warnings)
    {
        if (core.Last(key) is null)
        {
            return defaults;
        }

        var names = new List<string>();
        foreach (var entry in core.List(key))
        {
            var name = entry.Value.ToLowerInvariant();
            if (!ScopeNames.IsKnown(name))
            {
                warnings.Add(entry.Error($"{key}: Lint cannot map the tag '{entry.Value}' onto the Markdown, HTML or text it reads; it is not skipped.") with { IsWarning = true });
            }
            else if (key == "IgnoredScopes" && ScopeNames.IsBlock(name))
            {
                warnings.Add(entry.Error($"IgnoredScopes: '{entry.Value}' is a block tag; Vale ignores inline tags here. List it in SkippedScopes to skip it.") with { IsWarning = true });
            }
            else
            {
                names.Add(name);
            }
        }

        return names;
    }
}
