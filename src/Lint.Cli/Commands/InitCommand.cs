using System.CommandLine;
using Lint.Cli.Configuration;
using Lint.Workspace.Configuration;

namespace Lint.Cli.Commands;

/// <summary><c>lint init [DIR]</c>: write a commented starter <c>.lint.yaml</c>; an existing one is never overwritten.</summary>
public sealed class InitCommand(Terminal terminal)
{
    private readonly Argument<string?> _directory = new("dir")
    {
        Description = "The folder to write .lint.yaml in (default: the working directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Command Build()
    {
        var command = new Command("init", "Write a commented starter .lint.yaml.");
        command.Arguments.Add(_directory);
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(_directory) ?? ".";
            var path = Path.Combine(directory, ConfigFile.FileName);
            if (File.Exists(path))
            {
                terminal.Error.WriteLine($"error: {path} already exists; it was left as it is.");
                return ExitCodes.UsageError;
            }

            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                writer.Write(StarterConfig.Text.ReplaceLineEndings("\n"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"error: could not write {path}: {ex.Message}");
                return ExitCodes.UsageError;
            }

            terminal.Out.WriteLine($"Wrote {path}.");
            return ExitCodes.Clean;
        });
        return command;
    }
}
