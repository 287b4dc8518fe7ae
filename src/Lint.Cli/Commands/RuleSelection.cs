using System.CommandLine;
using Lint.Workspace.Loading;

namespace Lint.Cli.Commands;

/// <summary>The options that choose rules, shared by the commands that load them.</summary>
public sealed class RuleSelection
{
    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "A folder of rules (Style/Name.yml) to use as well as the default pack. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoDefaultRules { get; } = new("--no-default-rules")
    {
        Description = "Use only the --rules folders, not the default newsroom pack.",
    };

    public Option<bool> AllowOutsideRepository { get; } = new("--allow-outside-repo")
    {
        Description = "Let a .lint.yaml's 'extends' and 'rules' name files outside its repository (by default they must stay inside).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(NoDefaultRules);
        command.Options.Add(AllowOutsideRepository);
    }

    public RuleOptions Read(ParseResult parse) =>
        new(parse.GetValue(Rules) ?? [], !parse.GetValue(NoDefaultRules)) { AllowOutsideRepository = parse.GetValue(AllowOutsideRepository) };
}
