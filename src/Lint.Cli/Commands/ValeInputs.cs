using System.Text;
using Lint.Workspace.Input;
using Lint.Workspace.Vale;

namespace Lint.Cli.Commands;

/// <summary>
/// What <c>lint vale</c> lints, decided as Vale decides: no argument reads standard input; a single argument
/// that is neither a file nor a folder is itself the text to lint; otherwise files and folders, each of
/// which must exist, with the articles found filtered by <c>--glob</c> (matched against the path as shown).
/// </summary>
public sealed record ValeInputs(IReadOnlyList<string> Paths, byte[]? Text)
{
    public static ValeInputs? Decide(IReadOnlyList<string> arguments, string glob, List<string> problems)
    {
        if (arguments.Count == 0)
        {
            return new ValeInputs(["-"], null);
        }

        if (arguments.Count == 1 && !File.Exists(arguments[0]) && !Directory.Exists(arguments[0]))
        {
            return new ValeInputs(["-"], Encoding.UTF8.GetBytes(arguments[0]));
        }

        foreach (var missing in arguments.Where(a => !File.Exists(a) && !Directory.Exists(a)))
        {
            problems.Add($"error: argument '{missing}' does not exist.");
        }

        var pattern = ValeGlob.TryCreate(glob, out var problem);
        if (pattern is null)
        {
            problems.Add($"error: --glob: {problem}");
        }

        if (problems.Count > 0 || pattern is null)
        {
            return null;
        }

        var found = ArticleFinder.Find(arguments, []);
        var kept = found.Where(f => pattern.Matches(ArticleReader.DisplayPath(f))).ToList();
        return new ValeInputs(kept.Count == found.Count ? arguments : kept, null);
    }
}
