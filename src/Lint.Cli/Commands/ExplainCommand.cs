using System.CommandLine;
using Lint.Cli.Reporting;
using Lint.Rules.Loading;

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint explain RULE</c>: what a rule looks for and why, in full (the text format shows a long message's
/// explanation only once a run): its severity, kind, description, message, link, file and examples.
/// </summary>
public sealed class ExplainCommand(Terminal terminal)
{
    private readonly Argument<string> _rule = new("rule") { Description = "The rule's id, as findings show it (Newsroom.AnonymousSource), or its name alone when no other style has it." };

    private readonly RuleSelection _rules = new();

    public Command Build()
    {
        var command = new Command("explain", "Explain a rule: what it flags, why, and examples.");
        command.Arguments.Add(_rule);
        _rules.AddTo(command);
        command.SetAction(parse =>
        {
            var rules = RuleLoading.LoadConfigured(_rules.Read(parse), terminal);
            if (rules is null)
            {
                return ExitCodes.UsageError;
            }

            var id = parse.GetValue(_rule) ?? string.Empty;
            var matches = rules.Rules.Where(r => string.Equals(r.Definition.Id, id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                matches = [.. rules.Rules.Where(r => r.Definition.Id.EndsWith("." + id, StringComparison.OrdinalIgnoreCase))];
            }

            var rule = matches.Count == 1 ? matches[0] : null;
            if (rule is null)
            {
                terminal.Error.WriteLine($"error: no loaded rule is called '{id}'; 'lint rules' lists them.");
                return ExitCodes.UsageError;
            }

            var definition = rule.Definition;
            var output = terminal.Out;
            output.WriteLine($"{definition.Id} ({Levels.Text(definition.Level)}, {definition.Kind}{(definition.EnabledByDefault ? string.Empty : ", off unless enabled")})");
            output.WriteLine();
            if (definition.Description.Length > 0)
            {
                output.WriteLine(definition.Description);
                output.WriteLine();
            }

            output.WriteLine($"Message: {definition.Message}");
            if (definition.Link is { } link)
            {
                output.WriteLine($"More: {link}");
            }

            output.WriteLine($"Fix: {(definition.Fix == FixLevel.Safe ? "safe (lint fix applies it)" : "editorial (lint fix applies it with --include-editorial or --rule)")}");
            output.WriteLine($"File: {definition.SourcePath}");
            foreach (var example in definition.Examples)
            {
                output.WriteLine($"{(example.ExpectsFindings ? "Flagged" : "Not flagged")}: {example.Text.Trim()}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
