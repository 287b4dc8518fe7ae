using Lint.Rules.Loading;

namespace Lint.Cli.Running;

/// <summary>Loads the rules a command asked for, and says which folders could not be read.</summary>
public static class RuleCatalog
{
    public static RuleSet Load(RuleOptions options, List<string> problems)
    {
        var sources = new List<RuleSource>();
        var directories = new List<string>();
        if (options.UseDefaults)
        {
            directories.Add(RuleDirectory.Default);
        }

        directories.AddRange(options.Directories);
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                problems.Add($"{directory}: no such rules folder.");
                continue;
            }

            try
            {
                sources.AddRange(RuleDirectory.Read(directory));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{directory}: the rules could not be read: {ex.Message}");
            }
        }

        return RuleLoader.Load(sources);
    }
}
