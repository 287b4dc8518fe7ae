using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// <c>extends: anonymity</c> (Lint's own kind): AP's rule that an unnamed source comes with the reason for
/// the anonymity. A source is found by its noun: a word the lexicon files as a kind of person (aide,
/// employee, supervisor) or one of <c>roles</c>, less <c>notroles</c>, after one of <c>determiners</c>
/// ("one county official") and before one of <c>speech</c> ("said"), or after one of <c>inverted</c>
/// ("according to a source", "said one official."); a bare plural counts with one of <c>qualifiers</c>
/// ("lawyers familiar with the case"), always for the <c>anonymous</c> nouns ("insiders say"), and with no
/// modifier but <c>vague</c> ones for the <c>bare</c> nouns ("senior officials said"); the plural of a
/// <c>crowds</c> noun counts only with a qualifier ("two people said they saw smoke" is no source). A bare
/// plural with an office ("City officials said", "officials at the agency") is described, and a later "one
/// official said" refers back to it. <c>sources</c> are patterns flagged as written ("on condition of anonymity"); a
/// source that such a pattern with no <c>who</c> group covers ("one nurse, who did not want to be named, said") is
/// flagged even after a description or an earlier flag of its noun, since anonymity granted needs its own reason.
/// A sentence that matches any of <c>reasons</c> ("not authorized to discuss") is left alone, and so is a
/// source the sentence describes (<c>described</c>: "in a statement"); a pattern's named group <c>who</c>
/// captures the noun it describes. A source named in the very next sentence (<c>named</c>: "The nurse, Ana Ruiz,",
/// with the noun in <c>who</c>) is named, not unnamed; a later "a nurse" is someone new. The shared keys (<c>ignorecase</c>, <c>nonword</c>, <c>exceptions</c>,
/// <c>quotes</c>) apply. The message's <c>%s</c> is the unnamed source as written.
/// </summary>
public sealed class AnonymityKind : RuleKind
{
    public override string Name => "anonymity";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        Lexicon.Preload();
        var match = MatchOptions.Read(options, readQuotes: true);
        var sources = options.GetList("sources");
        var reasons = options.GetList("reasons");
        var described = options.GetList("described");
        var named = options.GetList("named");
        var words = ReadWords(options);
        var valid = sources.All(s => RulePattern.Validate(s, options.Errors, "source pattern"))
            & reasons.All(r => RulePattern.Validate(r, options.Errors, "reason pattern"))
            & described.All(d => RulePattern.Validate(d, options.Errors, "description pattern"))
            & named.All(n => RulePattern.Validate(n, options.Errors, "naming pattern"));
        if (sources.Count == 0 && words is null)
        {
            options.Errors.Add(options.Mapping, "The rule needs a 'speech' or a 'sources' key with at least one entry.");
            return null;
        }

        if (!valid)
        {
            return null;
        }

        var finder = words is null ? null : new SourceFinder(words);
        var compiled = new AnonymityOptions(finder, Join(match, sources), Join(match, reasons), Join(match, described), Join(match, named), match);
        return new AnonymityAnalyzer(rule, compiled);
    }

    private static SourceWords? ReadWords(RuleNode options)
    {
        var speech = Phrases(options, "speech");
        var words = new SourceWords(
            Words(options, "determiners"),
            speech,
            Phrases(options, "inverted"),
            Nouns(options, "anonymous"),
            Nouns(options, "roles"),
            Nouns(options, "notroles"),
            Nouns(options, "bare"),
            Nouns(options, "crowds"),
            Phrases(options, "qualifiers"),
            Words(options, "vague"));
        return speech.IsEmpty ? null : words;
    }

    private static WordPhrases Phrases(RuleNode options, string key) => new(options.GetList(key).Select(e => e.Value!));

    private static HashSet<string> Words(RuleNode options, string key) =>
        options.GetList(key).Select(e => e.Value!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns in their singular form, as <see cref="SourceNoun"/> compares them.</summary>
    private static HashSet<string> Nouns(RuleNode options, string key) =>
        options.GetList(key).Select(e => SourceNoun.Normalize(e.Value!)).ToHashSet(StringComparer.Ordinal);

    private static PatternSet? Join(MatchOptions match, IReadOnlyList<YamlScalarNode> patterns) =>
        patterns.Count == 0 ? null : match.Set(patterns);
}
