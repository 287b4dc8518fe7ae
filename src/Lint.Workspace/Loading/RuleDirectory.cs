using Lint.Rules.Loading;
using Lint.Workspace.Input;

namespace Lint.Workspace.Loading;

/// <summary>
/// A folder of rules laid out as Vale lays out styles: <c>Style/Name.yml</c> gives the rule id
/// <c>Style.Name</c>. The default pack is the <c>rules</c> folder beside the executable. The folder is the
/// rules' styles folder (Vale's StylesPath), where a rule's dictionaries and word lists are looked for. Each
/// file is read on its own, through <see cref="BoundedFile"/>: one that cannot be read (unreadable, a dangling
/// or looping link, a link to a file outside the folder, a FIFO or a device, too large) is an error at its
/// name, and the other rules of the folder still load. Linked folders inside are not entered (a loop would never end).
/// </summary>
public static class RuleDirectory
{
    public static string Default => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>
    /// The most bytes read of a rule file: four per character of <see cref="RuleLimits.MaxFileLength"/>, the
    /// most UTF-8 can take, so that a file the loader would refuse by its length is never read whole.
    /// </summary>
    public static long MaxBytes => 4L * RuleLimits.Default.MaxFileLength;

    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };

    public static IEnumerable<RuleSource> Read(string directory) => Read(directory, []);

    /// <summary>The rule files of <paramref name="directory"/>; each that could not be read is added to <paramref name="errors"/>.</summary>
    public static IEnumerable<RuleSource> Read(string directory, List<RuleError> errors)
    {
        var root = Path.GetFullPath(directory);
        var referenced = new DiskRuleFiles(root);
        var realRoot = RealPath.Of(root);
        var files = Directory.EnumerateFiles(root, "*.*", Everything)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var parts = relative.Split('/');
            var name = Path.GetFileNameWithoutExtension(file);
            var style = parts.Length > 1 ? parts[^2] : Path.GetFileName(root);
            var display = ArticleReader.DisplayPath(file);
            display = display.StartsWith("../", StringComparison.Ordinal) ? DisplayNames.Escape(file.Replace('\\', '/')) : display;
            if (ReadText(file, realRoot, out var reason) is { } text)
            {
                yield return new RuleSource(display, $"{style}.{name}", text) { Files = referenced };
            }
            else
            {
                errors.Add(new RuleError(display, 1, 1, $"The rule file {reason}; it was not loaded."));
            }
        }
    }

    private static string? ReadText(string file, string realRoot, out string? reason)
    {
        reason = null;
        var real = RealPath.Of(file);
        if (new FileInfo(file).LinkTarget is not null && File.Exists(real) && !RealPath.IsInside(real, realRoot))
        {
            reason = "is a link to a file outside its rules folder";
            return null;
        }

        try
        {
            return BoundedFile.ReadText(file, MaxBytes);
        }
        catch (FileTooLargeException)
        {
            reason = $"has more than {FileTooLargeException.Megabytes(MaxBytes)} (the rule-file size limit, {nameof(RuleLimits.MaxFileLength)}, is {RuleLimits.Default.MaxFileLength:N0} characters)";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reason = ex is RefusedFileException ? ex.Message : $"could not be read: {ex.Message}";
        }

        return null;
    }
}
