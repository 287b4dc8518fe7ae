using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.ProperNouns;

/// <summary>
/// <c>extends: propernouns</c> (Lint's own kind): a proper noun written in lower case ("monday", "vietnam",
/// "mexican", "korean war"), known from the language layer's lexicon rather than from a list in the rule.
/// <c>kinds</c> names what to check (day, month, holiday, place, person, nationality, language, event,
/// organisation, other: a capitalized-only dictionary word such as a given name); a word that is also an
/// ordinary lower-case word ("march", "bill", "china" the dishes) is never flagged. <c>exceptions</c> lists
/// words left alone. <c>titles</c> lists formal titles that are capitalized before a name ("senator Ruiz");
/// a noun before the title makes it a job description ("club president Luis Moura") unless it is one of
/// <c>titlemodifiers</c> ("state senator Ana Ruiz"); after a capitalized word, the name of a place, the titles of
/// <c>placetitles</c> are formal ones ("Branford Falls mayor Gerald Whitcombe"); a word of <c>titleprefixes</c> makes
/// one title with the title after it ("chief minister Rao" is "Chief Minister Rao"); a lower-case word between a
/// capitalized word and one of <c>institutions</c> belongs to the name ("Ridge View primary School"), unless it is one
/// of <c>descriptors</c>, which describe where rather than name ("north Wales", "the state Department of Health").
/// The fix writes the name as the lexicon does. <c>%s</c> are the text found and the name.
/// </summary>
public sealed class ProperNounsKind : RuleKind
{
    public override string Name => "propernouns";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        Lexicon.Preload();
        var kinds = NameKinds.None;
        foreach (var node in options.GetList("kinds", required: true))
        {
            if (Enum.TryParse<NameKinds>(node.Value, ignoreCase: true, out var kind) && kind != NameKinds.None)
            {
                kinds |= kind;
            }
            else
            {
                options.Errors.Add(node, $"'{node.Value}' is not a kind of name. Use day, month, holiday, place, person, nationality, language, event, organisation or other.");
            }
        }

        var exceptions = Words(options, "exceptions");
        var titles = new TitleWords(Words(options, "titles"), Words(options, "titlemodifiers"), Words(options, "placetitles"), Words(options, "titleprefixes"));
        var institutions = Words(options, "institutions");
        var descriptors = Words(options, "descriptors");
        return options.Errors.Any ? null : new ProperNounsAnalyzer(rule, kinds, exceptions, titles, institutions, descriptors, Lexicon.Default);
    }

    private static HashSet<string> Words(RuleNode options, string key) =>
        new(options.GetWords(key), StringComparer.OrdinalIgnoreCase);
}
