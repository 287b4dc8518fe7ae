using System.CommandLine;
using Humanizer;
using Lint.Cli.Reporting;

namespace Lint.Cli.Commands;

/// <summary><c>lint rules</c>: list the rules that load here (as <c>lint check</c> loads them in the working directory), with their severity and what they check.</summary>
public sealed class RulesCommand(Terminal terminal)
{
    private readonly RuleSelection _rules = new();

    private readonly Option<bool> _markdown = new("--markdown")
    {
        Description = "Write the catalogue as a Markdown table (as in RULES.md).",
    };

    public Command Build()
    {
        var command = new Command("rules", "List the loaded rules.");
        _rules.AddTo(command);
        command.Options.Add(_markdown);
        command.SetAction(parse =>
        {
            var rules = RuleLoading.LoadConfigured(_rules.Read(parse), terminal);
            if (rules is null)
            {
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(_markdown))
            {
                terminal.Out.Write(RuleCatalogue.Markdown(rules.Rules));
                return rules.Errors.Count > 0 ? ExitCodes.UsageError : ExitCodes.Clean;
            }

            var width = rules.Rules.Select(r => r.Definition.Id.Length).DefaultIfEmpty(0).Max();
            foreach (var rule in rules.Rules)
            {
                var definition = rule.Definition;
                var descriptor = definition.ToDescriptor();
                terminal.Out.WriteLine($"{definition.Id.PadRight(width)}  {Levels.Text(definition.Level),-10}  {definition.Kind,-12}  {descriptor.Title}");
            }

            terminal.Out.WriteLine($"{"rule".ToQuantity(rules.Rules.Count)} loaded.");
            return rules.Errors.Count > 0 ? ExitCodes.UsageError : ExitCodes.Clean;
        });
        return command;
    }
}
