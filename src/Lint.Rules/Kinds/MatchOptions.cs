using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds;

/// <summary>
/// Vale's matching keys shared by the pattern kinds: <c>ignorecase</c> (default false), <c>nonword</c>
/// (default false: patterns match whole words only), and <c>exceptions</c> (matched text to leave alone).
/// Lint adds <c>quotes</c>: <c>include</c> (the default) reads direct quotations like any other text,
/// <c>skip</c> leaves alone whatever lies inside quote marks (see <see cref="QuotedText"/>), for rules
/// about the reporter's own words, such as attribution verbs, that must not correct what a speaker said.
/// </summary>
public sealed class MatchOptions
{
    private readonly Regex? _exceptions;

    private readonly LiteralCatalog _literals;

    private MatchOptions(bool ignoreCase, bool nonWord, bool skipQuotes, Regex? exceptions, LiteralCatalog literals)
    {
        _literals = literals;
        IgnoreCase = ignoreCase;
        NonWord = nonWord;
        SkipQuotes = skipQuotes;
        _exceptions = exceptions;
    }

    public bool IgnoreCase { get; }

    public bool NonWord { get; }

    /// <summary>True when the rule says <c>quotes: skip</c>: matches inside direct quotations are not reported.</summary>
    public bool SkipQuotes { get; }

    /// <summary>
    /// Reads the keys; a kind that matches words, not patterns, reads no <c>nonword</c>, and only a kind
    /// that honours <c>quotes</c> reads it (elsewhere it is an unknown key).
    /// </summary>
    public static MatchOptions Read(RuleNode node, bool readNonWord = true, bool readQuotes = false)
    {
        var ignoreCase = node.GetBool("ignorecase", false);
        var nonWord = readNonWord && node.GetBool("nonword", false);
        var skipQuotes = readQuotes && ReadQuotes(node);
        var entries = node.GetList("exceptions");
        var valid = entries.Where(e => RulePattern.Validate(e, node.Errors, "exception")).Select(e => e.Value!).ToList();
        var exceptions = valid.Count == 0 ? null : RulePattern.Compile($"^(?:{string.Join('|', valid)})$", ignoreCase);
        return new MatchOptions(ignoreCase, nonWord, skipQuotes, exceptions, node.Literals);
    }

    /// <summary>The pattern as it runs: whole words only unless <c>nonword</c> is set.</summary>
    public string Bound(string pattern) => NonWord ? pattern : RulePattern.WholeWord(pattern);

    public Regex Compile(string pattern) => RulePattern.Compile(Bound(pattern), IgnoreCase);

    /// <summary>A rule's list of patterns searched as one set, each bound as <see cref="Bound"/> says.</summary>
    public PatternSet Set(IEnumerable<YamlScalarNode> entries) => Set([.. entries.Select(e => Bound(e.Value!))]);

    /// <summary>Complete patterns searched as one set, their literals searched with the other rules' (see <see cref="LiteralCatalog"/>).</summary>
    public PatternSet Set(IReadOnlyList<string> patterns) => new(patterns, IgnoreCase, _literals);

    public bool IsException(ReadOnlySpan<char> matched) => _exceptions is not null && _exceptions.IsMatch(matched);

    /// <summary>Each pattern's matches in a block, in turn: none empty, none touching its words that are not prose, none an exception.</summary>
    public IEnumerable<Match> Matches(string text, Syntax.Block block, IReadOnlyList<Regex> patterns)
    {
        foreach (var pattern in patterns)
        {
            for (var match = pattern.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0 && !block.TouchesExcluded(new Text.TextSpan(match.Index, match.Length)) && !IsException(match.ValueSpan))
                {
                    yield return match;
                }
            }
        }
    }

    private static bool ReadQuotes(RuleNode node)
    {
        var scalar = node.GetScalar("quotes");
        switch (scalar?.Value)
        {
            case null or "include":
                return false;
            case "skip":
                return true;
            default:
                node.Errors.Add(scalar, $"'quotes' must be include or skip, not '{scalar.Value}'.");
                return false;
        }
    }
}
