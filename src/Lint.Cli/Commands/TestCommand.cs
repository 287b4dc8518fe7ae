using System.CommandLine;
using Humanizer;
using Lint.Rules.Examples;
using Lint.Workspace.Loading;

namespace Lint.Cli.Commands;

/// <summary><c>lint test [RULES_DIR]</c>: run every example of every rule, and say which did not behave.</summary>
public sealed class TestCommand(Terminal terminal)
{
    private readonly Argument<string?> _directory = new("rules-dir")
    {
        Description = "The folder of rules to test (default: the rules lint check uses here: the default pack and the rule folders of the working directory's .lint.yaml).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Command Build()
    {
        var command = new Command("test", "Run the examples in rule files as tests.");
        command.Arguments.Add(_directory);
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(_directory);
            var rules = directory is null ? RuleLoading.LoadConfigured(new RuleOptions([], UseDefaults: true), terminal) : RuleLoading.Load(new RuleOptions([directory], false), terminal);
            if (rules is null)
            {
                return ExitCodes.UsageError;
            }

            var failures = rules.Rules.SelectMany(ExampleRunner.Run).ToList();
            foreach (var failure in failures)
            {
                terminal.Out.WriteLine(failure.ToString());
            }

            var examples = rules.Rules.Sum(r => r.Definition.Examples.Count);
            var broken = rules.Errors.Select(e => e.Path).Distinct().Count();
            terminal.Out.WriteLine(
                $"{"example".ToQuantity(examples)} in {"rule".ToQuantity(rules.Rules.Count)}: {"failure".ToQuantity(failures.Count)}" +
                (broken > 0 ? $", and {"rule file".ToQuantity(broken)} that did not load." : "."));
            return failures.Count > 0 || rules.Errors.Count > 0 || rules.Rules.Count == 0 ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }
}
