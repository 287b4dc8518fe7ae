using System.IO.Compression;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Input;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>.vale.ini</c>'s <c>Packages</c>, without a network: a zip file or a folder (relative to the file) is read
/// in place, each <c>Style/Name.yml</c> in it a rule of that style; a package named by name or URL is what
/// <c>vale sync</c> already put in <c>StylesPath</c>. A style already in <c>StylesPath</c> is read from there.
/// A package that is neither is an error that says so: Lint never downloads.
/// </summary>
public static class ValePackages
{
    public static IReadOnlyList<RuleSource> Read(ConfigEntry package, ValeConfig vale, List<ConfigError> errors)
    {
        var local = Path.GetFullPath(Path.Combine(vale.Directory, package.Value));
        try
        {
            if (File.Exists(local) && local.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return FromZip(local, vale);
            }

            if (Directory.Exists(local))
            {
                return FromFolder(local, vale);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            errors.Add(package.Error($"The package '{package.Value}' could not be read: {ex.Message}"));
            return [];
        }

        var name = Path.GetFileNameWithoutExtension(package.Value.TrimEnd('/'));
        if (vale.StylesPath is not null && Directory.Exists(Path.Combine(vale.StylesPath, name)))
        {
            return []; // synced by 'vale sync' into StylesPath
        }

        var remote = package.Value.Contains("://", StringComparison.Ordinal);
        errors.Add(package.Error(remote
            ? $"The package '{package.Value}' is a download, and Lint does not download: run 'vale sync' first (it puts the style in StylesPath), or name a local zip file or folder."
            : $"No package '{package.Value}': it is not a zip file or folder next to the configuration, and 'vale sync' has not put a style '{name}' in StylesPath."));
        return [];
    }

    private static List<RuleSource> FromZip(string path, ValeConfig vale)
    {
        using var zip = ZipFile.OpenRead(path);
        var display = ArticleReader.DisplayPath(path);
        var rules = new List<RuleSource>();
        foreach (var entry in zip.Entries.Where(e => IsRule(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var parts = entry.FullName.Split('/');
            if (parts.Length < 2 || Synced(vale, parts[^2]))
            {
                continue;
            }

            using var stream = entry.Open();
            rules.Add(new RuleSource($"{display}/{entry.FullName}", $"{parts[^2]}.{Path.GetFileNameWithoutExtension(parts[^1])}", BoundedFile.ReadText(stream, Loading.RuleDirectory.MaxBytes)));
        }

        return rules;
    }

    private static List<RuleSource> FromFolder(string folder, ValeConfig vale)
    {
        var rules = new List<RuleSource>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(IsRule).Order(StringComparer.Ordinal))
        {
            var style = Path.GetFileName(Path.GetDirectoryName(file)!);
            if (!Synced(vale, style))
            {
                rules.Add(new RuleSource(ArticleReader.DisplayPath(file), $"{style}.{Path.GetFileNameWithoutExtension(file)}", BoundedFile.ReadText(file, Loading.RuleDirectory.MaxBytes)));
            }
        }

        return rules;
    }

    private static bool IsRule(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    private static bool Synced(ValeConfig vale, string style) =>
        vale.StylesPath is not null && Directory.Exists(Path.Combine(vale.StylesPath, style));
}
