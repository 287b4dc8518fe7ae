using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Names;

/// <summary>
/// <c>extends: names</c> (Lint's own kind): a name the story capitalizes ("Jack Colman", "Eleanor Voss")
/// written elsewhere in lower case ("jack colman", "Eleanor voss"). A name is two or more capitalized
/// words in a row, standing alone or after a title from <c>titles</c> ("Mayor Dana Pruitt"); <c>ignore</c>
/// lists capitalized words that are not parts of names (The, In, ...); <c>particles</c> the small words of
/// names written in lower case after a given name ("Annelie du Plessis"), which a sentence opens with in capitals; <c>descriptors</c> the words that
/// may describe a name in lower case before it ("mid Wales"). A name
/// the lexicon has never seen is learned from its capitalized uses too, one word or a run ("Greyport", "Wexham Middle
/// School"; see <see cref="CapitalizedRuns"/>). The fix
/// restores the capitals. The message's <c>%s</c> are the text found, the name, and its line.
/// </summary>
public sealed class NamesKind : RuleKind
{
    public override string Name => "names";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var ignore = Words(options, "ignore", StringComparer.OrdinalIgnoreCase);
        var titles = Words(options, "titles", StringComparer.Ordinal);
        var particles = Words(options, "particles", StringComparer.Ordinal);
        var descriptors = Words(options, "descriptors", StringComparer.OrdinalIgnoreCase);
        return options.Errors.Any ? null : new NamesAnalyzer(rule, ignore, titles, particles, descriptors);
    }

    private static HashSet<string> Words(RuleNode options, string key, StringComparer comparer) =>
        new(options.GetWords(key), comparer);
}
