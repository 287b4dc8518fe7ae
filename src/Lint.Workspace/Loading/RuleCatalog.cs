using Lint.Rules.Loading;

namespace Lint.Workspace.Loading;

/// <summary>
/// Loads the rules a command asked for, and says which folders could not be read; a rule file that could
/// not be read is an error of the rule set (at its name), and the others still load.
/// </summary>
public static class RuleCatalog
{
    public static RuleSet Load(RuleOptions options, List<string> problems) => Load(options, problems, null);

    /// <summary>Loads the rules; <paramref name="origins"/>, when given, learns the full path of the folder each rule id came from.</summary>
    public static RuleSet Load(RuleOptions options, List<string> problems, Dictionary<string, string>? origins)
    {
        var sources = new List<RuleSource>();
        var fileErrors = new List<RuleError>();
        var directories = new List<string>();
        if (options.UseDefaults)
        {
            directories.Add(RuleDirectory.Default);
        }

        directories.AddRange(options.Directories);
        foreach (var directory in directories.DistinctBy(d => Path.GetFullPath(d), StringComparer.Ordinal))
        {
            if (!Directory.Exists(directory))
            {
                problems.Add($"{directory}: no such rules folder.");
                continue;
            }

            try
            {
                var read = RuleDirectory.Read(directory, fileErrors).ToList();
                sources.AddRange(read);
                foreach (var source in read)
                {
                    origins?.TryAdd(source.Id, Path.GetFullPath(directory));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{directory}: the rules could not be read: {ex.Message}");
            }
        }

        foreach (var (source, origin) in options.Sources)
        {
            sources.Add(source);
            origins?.TryAdd(source.Id, origin);
        }

        var rules = RuleLoader.Load(sources);
        return fileErrors.Count == 0 ? rules : rules with { Errors = [.. fileErrors, .. rules.Errors] };
    }
}
