namespace Lint.Workspace.Configuration;

/// <summary>
/// Finds the configuration of each article: the nearest <c>.lint.yaml</c> in its folder or a folder above
/// it (not above the working directory: above the article), loaded with what it extends.
/// </summary>
public sealed class ConfigLocator(bool allowOutsideRepository = false)
{
    private readonly Dictionary<string, ConfigFile?> _nearest = new(StringComparer.Ordinal);

    public ConfigLoader Loader { get; } = new() { AllowOutsideRepository = allowOutsideRepository };

    /// <summary>The settings for an article; for standard input, pass the working directory and an empty path.</summary>
    public FileSettings For(string directory, string fullPath)
    {
        var config = Nearest(Path.GetFullPath(directory));
        return config is null ? new FileSettings(fullPath, []) : new FileSettings(fullPath, config.Chain.ToList());
    }

    private ConfigFile? Nearest(string directory)
    {
        if (_nearest.TryGetValue(directory, out var known))
        {
            return known;
        }

        var candidate = Path.Combine(directory, ConfigFile.FileName);
        var parent = Path.GetDirectoryName(directory);
        var found = File.Exists(candidate) ? Loader.Load(candidate) : parent is null ? null : Nearest(parent);
        _nearest[directory] = found;
        return found;
    }
}
