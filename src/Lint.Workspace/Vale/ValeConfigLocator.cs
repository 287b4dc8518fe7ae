namespace Lint.Workspace.Vale;

/// <summary>
/// Finds the Vale configuration of a <c>lint vale</c> run as Vale does: <c>--config</c>, else
/// <c>VALE_CONFIG_PATH</c>, else the nearest of Vale's file names in the working directory or a folder above
/// it, else one in the home folder; Vale's global configuration is loaded under it unless <c>--no-global</c>
/// (and alone when there is no other).
/// </summary>
public static class ValeConfigLocator
{
    /// <summary>The files, Vale's global one first; empty with <paramref name="problem"/> set when there is none.</summary>
    public static IReadOnlyList<string> Find(string? configFlag, bool noGlobal, out string? problem)
    {
        problem = null;
        var project = configFlag ?? (Environment.GetEnvironmentVariable("VALE_CONFIG_PATH") is { Length: > 0 } env ? env : null);
        if (project is not null && !File.Exists(project))
        {
            problem = $"{(configFlag is null ? "VALE_CONFIG_PATH" : "--config")}: the path '{project}' does not exist.";
            return [];
        }

        project ??= Upward(Directory.GetCurrentDirectory()) ?? InFolder(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        var global = noGlobal ? null : ValeLocations.GlobalConfig();
        List<string> files = [.. new[] { global, project }.OfType<string>().Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)];
        if (files.Count == 0)
        {
            problem = ".vale.ini not found: no Vale configuration in this folder or a folder above it (or give one with --config).";
        }

        return files;
    }

    private static string? Upward(string directory)
    {
        for (var dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (InFolder(dir) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? InFolder(string directory) =>
        directory.Length == 0 ? null : ValeConfig.FileNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists);
}
