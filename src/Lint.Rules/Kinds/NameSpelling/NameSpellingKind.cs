using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// <c>extends: namespelling</c> (Lint's own kind): a name the story spells one way most of the time and
/// once or twice with one letter wrong ("Pruitt" and "Pruit", "Saraiva" and "Saravia", "Capitol Region
/// Transit" and "Capital Region Transit"). Only capitalized words that are part of a name of two or more
/// capitalized words somewhere in the story count, and the usual spelling must be used at least
/// <c>min</c> times (default 2) and more often than the other. <c>exceptions</c> lists names to leave
/// alone. The message's <c>%s</c> are the form found, the usual spelling, and how often it is used.
/// </summary>
public sealed class NameSpellingKind : RuleKind
{
    public override string Name => "namespelling";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var min = options.GetInt("min", 2, 100) ?? 2;
        return options.Errors.Any ? null : new NameSpellingAnalyzer(rule, match, min);
    }
}
