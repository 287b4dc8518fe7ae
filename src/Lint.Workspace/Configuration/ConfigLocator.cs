using Lint.Workspace.Vale;

namespace Lint.Workspace.Configuration;

/// <summary>
/// Finds the configuration of each article: the nearest <c>.lint.yaml</c> in its folder or a folder above
/// it (not above the working directory: above the article), loaded with what it extends. A folder without a
/// <c>.lint.yaml</c> but with a Vale configuration (<c>.vale.ini</c>, ...) has that one: in one folder the
/// <c>.lint.yaml</c> wins (it can <c>extends: .vale.ini</c> to build on it). With <see cref="ValeSources"/>
/// (<c>lint vale</c>), every article has that one Vale configuration instead, as Vale has.
/// </summary>
public sealed class ConfigLocator(bool allowOutsideRepository = false)
{
    private readonly Dictionary<string, ConfigFile?> _nearest = new(StringComparer.Ordinal);

    public ConfigLoader Loader { get; } = new() { AllowOutsideRepository = allowOutsideRepository };

    /// <summary>The Vale configuration files that decide for every article (Vale's global one first), found as Vale finds them; null: each article's nearest.</summary>
    public IReadOnlyList<string>? ValeSources { get; init; }

    /// <summary>The settings for an article; for standard input, pass the working directory and an empty path.</summary>
    public FileSettings For(string directory, string fullPath)
    {
        var config = ValeSources is { Count: > 0 } sources ? Loader.LoadVale(sources) : Nearest(Path.GetFullPath(directory));
        return config is null ? new FileSettings(fullPath, []) : new FileSettings(fullPath, config.Chain.ToList());
    }

    private ConfigFile? Nearest(string directory)
    {
        if (_nearest.TryGetValue(directory, out var known))
        {
            return known;
        }

        var candidate = Path.Combine(directory, ConfigFile.FileName);
        if (!File.Exists(candidate) && !IsHomeOrAbove(directory))
        {
            candidate = ValeConfig.FileNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists) ?? candidate;
        }

        var parent = Path.GetDirectoryName(directory);
        var found = File.Exists(candidate) ? Loader.Load(candidate) : parent is null ? null : Nearest(parent);
        _nearest[directory] = found;
        return found;
    }

    /// <summary>
    /// A Vale configuration in the home folder (or above it) is a user's setting for <c>vale</c>, not the
    /// project's: <c>lint check</c> does not take one from there, or every story under the home folder would
    /// lose the newsroom pack to it. <c>lint vale</c> finds it as Vale does (<see cref="ValeSources"/>).
    /// </summary>
    internal static bool IsHomeOrAbove(string directory)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0)
        {
            return false;
        }

        var relative = Path.GetRelativePath(directory, home);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
