using Lint.Rules.Loading;
using Lint.Workspace.Loading;
using Lint.Workspace.Planning;

namespace Lint.Cli.Commands;

/// <summary>Loads rules for a command and tells the person at the terminal what could not be loaded.</summary>
public static class RuleLoading
{
    public static RuleSet Load(RuleOptions options, Terminal terminal)
    {
        var problems = new List<string>();
        var rules = RuleCatalog.Load(options, problems);
        Report(rules, problems, terminal);
        return rules;
    }

    /// <summary>
    /// The rules <c>lint check</c> would use in the working directory: <paramref name="options"/> and the rule
    /// folders and <c>default-rules</c> of its <c>.lint.yaml</c>; null (and the errors) when that file is broken.
    /// </summary>
    public static RuleSet? LoadConfigured(RuleOptions options, Terminal terminal)
    {
        var configurations = new Configurations(options);
        var here = configurations.For(null);
        foreach (var error in configurations.Errors)
        {
            terminal.Error.WriteLine(error.ToString());
        }

        if (configurations.Errors.Count > 0)
        {
            return null;
        }

        var problems = new List<string>();
        var loaded = Configurations.Load(configurations.RuleFoldersOf([here]), problems);
        Report(loaded.Rules, problems, terminal);
        return loaded.Rules;
    }

    /// <summary>Writes the folders that could not be read and the rule files that did not load.</summary>
    public static void Report(RuleSet rules, IEnumerable<string> problems, Terminal terminal)
    {
        foreach (var line in RunPlanner.Describe(rules, problems))
        {
            terminal.Error.WriteLine(line);
        }
    }
}
