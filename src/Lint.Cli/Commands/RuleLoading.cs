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

    /// <summary>Writes the folders that could not be read and the rule files that did not load.</summary>
    public static void Report(RuleSet rules, IEnumerable<string> problems, Terminal terminal)
    {
        foreach (var line in RunPlanner.Describe(rules, problems))
        {
            terminal.Error.WriteLine(line);
        }
    }
}
