using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Lint.Cli.Commands;

/// <summary>
/// <c>lint --help</c>: System.CommandLine's list of commands writes every argument as required
/// (<c>test &lt;rules-dir&gt;</c>), so the root's help is written here, each argument by its arity: optional in
/// brackets (<c>test [&lt;rules-dir&gt;]</c>), repeatable with an ellipsis (<c>check &lt;paths&gt;...</c>). A
/// command's own help (<c>lint check --help</c>) is System.CommandLine's, which gets arities right.
/// </summary>
public sealed class RootHelp(TextWriter output, SynchronousCommandLineAction commandHelp) : SynchronousCommandLineAction
{
    public static void Install(RootCommand root, TextWriter output)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelp(output, (SynchronousCommandLineAction)help.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            return commandHelp.Invoke(parseResult);
        }

        var rows = root.Subcommands.Where(c => !c.Hidden).Select(c => (Label: Label(c), c.Description)).ToList();
        var width = rows.Max(r => r.Label.Length);
        output.WriteLine("Description:");
        output.WriteLine($"  {root.Description}");
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  lint [command] [options]");
        output.WriteLine();
        output.WriteLine("Options:");
        output.WriteLine("  -?, -h, --help  Show help and usage information");
        output.WriteLine("  --version       Show version information");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (var (label, description) in rows)
        {
            output.WriteLine($"  {label.PadRight(width)}  {description}");
        }

        output.WriteLine();
        output.WriteLine("Run 'lint COMMAND --help' for a command's options.");
        return 0;
    }

    /// <summary>"check &lt;paths&gt;...", "init [&lt;dir&gt;]", "rules".</summary>
    public static string Label(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(Usage).Prepend(command.Name));

    private static string Usage(Argument argument)
    {
        var name = $"<{argument.HelpName ?? argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }
}
