namespace Lint.Workspace.Configuration;

/// <summary>
/// Where a configuration may reach: the repository it belongs to, which is the git work tree holding the
/// <c>.lint.yaml</c> or, outside git, the folder of the top-level <c>.lint.yaml</c> or project Vale
/// configuration (the highest one in the folders above it, so that a story folder's file may extend its newsroom's).
/// Its <c>extends</c> and <c>rules</c> resolve only inside (links resolved first), so a <c>.lint.yaml</c>
/// from someone else (a pull request from a fork) cannot make Lint read <c>/etc/passwd</c> or walk
/// <c>/</c>, unless the person running Lint allows more (<c>--allow-outside-repo</c>).
/// </summary>
public static class TrustBoundary
{
    /// <summary>The repository of the top-level configuration file <paramref name="configPath"/>, as a real path.</summary>
    public static string RepositoryOf(string configPath)
    {
        var folder = Input.RealPath.Of(Path.GetDirectoryName(Path.GetFullPath(configPath))!);
        var top = folder;
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                return dir;
            }

            top = HoldsConfiguration(dir) ? dir : top;
        }

        return top;
    }

    /// <summary>A <c>.lint.yaml</c>, or a project's Vale configuration (one in the home folder is a user's, not a project's).</summary>
    private static bool HoldsConfiguration(string dir) =>
        File.Exists(Path.Combine(dir, ConfigFile.FileName))
        || (!ConfigLocator.IsHomeOrAbove(dir) && Vale.ValeConfig.FileNames.Any(n => File.Exists(Path.Combine(dir, n))));

    /// <summary>Whether <paramref name="path"/> (links resolved) is inside <paramref name="repository"/>.</summary>
    public static bool Contains(string repository, string path) => Input.RealPath.IsInside(Input.RealPath.Of(path), repository);
}
