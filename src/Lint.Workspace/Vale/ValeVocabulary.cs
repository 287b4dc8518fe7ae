using System.Text;
using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Input;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>.vale.ini</c>'s <c>Vocab</c>: for each name, <c>StylesPath/config/vocabularies/Name/accept.txt</c> and
/// <c>reject.txt</c> (or Vale 2's <c>StylesPath/Vocab/Name/</c>), one term (a regular expression) a line. As
/// Vale does, accepted terms make <c>Vale.Terms</c> (the term written any other way is an error) and are
/// exceptions to the other rules (a finding on exactly an accepted term is dropped); rejected terms make
/// <c>Vale.Avoid</c> (an error wherever one appears). A vocabulary that cannot be found is an error.
/// </summary>
public static class ValeVocabulary
{
    public static IReadOnlyList<RuleSource> Rules(ValeConfig vale, List<ConfigError> errors)
    {
        var (accepted, rejected, acceptPath, rejectPath) = Read(vale, errors);
        var rules = new List<RuleSource>();
        var phrases = accepted.Where(IsPhrase).ToList();
        if (phrases.Count > 0)
        {
            var yaml = new StringBuilder("extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: false\nswap:\n");
            foreach (var term in phrases)
            {
                yaml.Append("  ").Append(Quote("(?i:" + term + ")")).Append(": ").Append(Quote(term)).Append('\n');
            }

            rules.Add(new RuleSource(acceptPath!, "Vale.Terms", yaml.ToString()));
        }

        if (rejected.Count > 0)
        {
            var yaml = new StringBuilder("extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\nignorecase: false\ntokens:\n");
            foreach (var term in rejected)
            {
                yaml.Append("  - ").Append(Quote(term)).Append('\n');
            }

            rules.Add(new RuleSource(rejectPath!, "Vale.Avoid", yaml.ToString()));
        }

        return rules;
    }

    /// <summary>The accepted terms as exceptions: a finding of a rule outside the Vale style on exactly one of them is dropped.</summary>
    public static IReadOnlyList<TextIgnore> Exceptions(ValeConfig vale)
    {
        var (accepted, _, _, _) = Read(vale, []);
        var everywhere = Globs.Where(vale.Directory, [], _ => true);
        return [.. accepted.Select(Compile).OfType<Regex>().Select(r => new TextIgnore(everywhere, r) { WholeFinding = true })];
    }

    /// <summary>The accepted terms of every vocabulary the configuration names, in order (missing ones left out).</summary>
    public static IReadOnlyList<string> Accepted(ValeConfig vale) => Read(vale, []).Accepted;

    private static (List<string> Accepted, List<string> Rejected, string? AcceptPath, string? RejectPath) Read(ValeConfig vale, List<ConfigError> errors)
    {
        List<string> accepted = [], rejected = [];
        string? acceptPath = null, rejectPath = null;
        foreach (var name in vale.Vocab)
        {
            var folder = vale.StylesPath is null ? null : new[] { Path.Combine(vale.StylesPath, "config", "vocabularies", name.Value), Path.Combine(vale.StylesPath, "Vocab", name.Value) }.FirstOrDefault(Directory.Exists);
            if (folder is null)
            {
                errors.Add(name.Error($"No vocabulary '{name.Value}': expected the folder config/vocabularies/{name.Value} in StylesPath."));
                continue;
            }

            // Vale's files are accept.txt and reject.txt (older styles capitalised them).
            Terms(Path.Combine(folder, "accept.txt"), accepted, ref acceptPath, name, errors);
            Terms(Path.Combine(folder, "reject.txt"), rejected, ref rejectPath, name, errors);
        }

        return (accepted, rejected, acceptPath, rejectPath);
    }

    private static void Terms(string path, List<string> terms, ref string? first, ConfigEntry vocabulary, List<ConfigError> errors)
    {
        if (!File.Exists(path))
        {
            return;
        }

        first ??= ArticleReader.DisplayPath(path);
        try
        {
            terms.AddRange(BoundedFile.ReadText(path, ConfigLimits.MaxBytes).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var why = ex is RefusedFileException ? ex.Message : $"could not be read: {ex.Message}";
            errors.Add(vocabulary.Error($"The vocabulary file {ArticleReader.DisplayPath(path)} {why}; it was not read."));
        }
    }

    /// <summary>A term of words only (no pattern syntax), which Vale.Terms enforces, as Vale does.</summary>
    private static bool IsPhrase(string term) => term.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '.');

    private static Regex? Compile(string term)
    {
        try
        {
            return new Regex("^(?:" + term.Replace("(?P<", "(?<", StringComparison.Ordinal) + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
