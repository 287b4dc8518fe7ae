using Lint.Rules.Loading;

namespace Lint.Workspace.Loading;

/// <summary>
/// A folder of rules laid out as Vale lays out styles: <c>Style/Name.yml</c> gives the rule id
/// <c>Style.Name</c>. The default pack is the <c>rules</c> folder beside the executable. The folder is the
/// rules' styles folder (Vale's StylesPath), where a rule's dictionaries and word lists are looked for.
/// </summary>
public static class RuleDirectory
{
    public static string Default => Path.Combine(AppContext.BaseDirectory, "rules");

    public static IEnumerable<RuleSource> Read(string directory)
    {
        var root = Path.GetFullPath(directory);
        var referenced = new DiskRuleFiles(root);
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var parts = relative.Split('/');
            var name = Path.GetFileNameWithoutExtension(file);
            var style = parts.Length > 1 ? parts[^2] : Path.GetFileName(root);
            var display = Input.ArticleReader.DisplayPath(file);
            display = display.StartsWith("../", StringComparison.Ordinal) ? file.Replace('\\', '/') : display;
            yield return new RuleSource(display, $"{style}.{name}", File.ReadAllText(file)) { Files = referenced };
        }
    }
}
