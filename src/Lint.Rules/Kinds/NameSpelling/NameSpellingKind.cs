using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// <c>extends: namespelling</c> (Lint's own kind): a name the story spells one way most of the time and
/// once or twice with one letter wrong ("Pruitt" and "Pruit", "Saraiva" and "Saravia", "Capitol Region
/// Transit" and "Capital Region Transit"). Only capitalized words that are part of a name of two or more
/// capitalized words somewhere in the story count, and the usual spelling must be used at least
/// <c>min</c> times (default 2) and more often than the other. <c>exceptions</c> lists names to leave
/// alone. A near miss is one letter added, dropped, changed or swapped with its neighbour, two letters trading
/// places ("Halvorsen", "Halverson"), or the same letters with or without accents ("Ibáñez", "Ibanez").
/// <c>corpus: true</c> also compares the stories of a run: a name word no other story uses, next to a word
/// where at least two other stories write a near miss of it ("Kestral Analytics", "Kestrel Analytics").
/// <c>verbs</c> lists speech verbs ("said", "told"): a name word written once as the speaker of one of them
/// ("Pellinghams said") and one letter (or a plural "s") away from a name the story introduced with a first name
/// ("Ruth Pellingham") is flagged even when each spelling is used once, since the introduction is the authority;
/// not when the story gives it a first name of its own ("Ted Carlsen" beside "Mark Carlson"). <c>places</c> lists
/// the words that make a name a place's ("Avenue", "School"): a spelling only ever written before one of them
/// names a place, not the person the usual spelling names ("Briscoe Avenue" beside inspector "Brisco").
/// The message's <c>%s</c> are the form found, the usual spelling, and where it is used ("3 times elsewhere
/// in the story", "in 2 other stories").
/// </summary>
public sealed class NameSpellingKind : RuleKind
{
    public override string Name => "namespelling";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var min = options.GetInt("min", 2, 100) ?? 2;
        var corpus = options.GetBool("corpus", false);
        var verbs = options.GetWords("verbs").ToHashSet(StringComparer.Ordinal);
        var places = options.GetWords("places").ToHashSet(StringComparer.Ordinal);
        return options.Errors.Any ? null : new NameSpellingAnalyzer(rule, match, min, corpus, verbs.Count == 0 ? null : verbs, places);
    }
}
