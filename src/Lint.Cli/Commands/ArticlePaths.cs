using System.CommandLine;
using System.CommandLine.Parsing;

namespace Lint.Cli.Commands;

/// <summary>
/// The paths argument of the commands that read articles. A word that starts with '-' (other than '-',
/// standard input) is an option the command does not have, never a path: "--rule X" on check is a usage
/// error, not a file named "--rule". A file whose name starts with '-' is still reached as "./-name".
/// </summary>
public static class ArticlePaths
{
    public static Argument<string[]> Create(string description)
    {
        var argument = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-')
                {
                    result.AddError($"Unknown option '{value}'; 'lint {CommandName(result)} --help' lists the options.");
                }
            }
        });
        return argument;
    }

    private static string CommandName(ArgumentResult result) =>
        result.Parent is CommandResult command ? command.Command.Name : string.Empty;
}
