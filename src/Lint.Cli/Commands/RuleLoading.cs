using Lint.Rules.Loading;
using Lint.Workspace.Loading;

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
        foreach (var problem in problems)
        {
            terminal.Error.WriteLine($"error: {problem}");
        }

        foreach (var error in rules.Errors)
        {
            terminal.Error.WriteLine($"{error.Path}:{error.Line}:{error.Column}: error: {error.Message}");
        }
    }
}
