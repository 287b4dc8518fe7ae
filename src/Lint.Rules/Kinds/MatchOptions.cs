using System.Text.RegularExpressions;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds;

/// <summary>
/// Vale's matching keys shared by the pattern kinds: <c>ignorecase</c> (default false), <c>nonword</c>
/// (default false: patterns match whole words only), and <c>exceptions</c> (matched text to leave alone).
/// </summary>
public sealed class MatchOptions
{
    private readonly Regex? _exceptions;

    private MatchOptions(bool ignoreCase, bool nonWord, Regex? exceptions)
    {
        IgnoreCase = ignoreCase;
        NonWord = nonWord;
        _exceptions = exceptions;
    }

    public bool IgnoreCase { get; }

    public bool NonWord { get; }

    /// <summary>Reads the keys; a kind that matches words, not patterns, reads no <c>nonword</c>.</summary>
    public static MatchOptions Read(RuleNode node, bool readNonWord = true)
    {
        var ignoreCase = node.GetBool("ignorecase", false);
        var nonWord = readNonWord && node.GetBool("nonword", false);
        var entries = node.GetList("exceptions");
        var valid = entries.Where(e => RulePattern.Validate(e, node.Errors, "exception")).Select(e => e.Value!).ToList();
        var exceptions = valid.Count == 0 ? null : RulePattern.Compile($"^(?:{string.Join('|', valid)})$", ignoreCase);
        return new MatchOptions(ignoreCase, nonWord, exceptions);
    }

    /// <summary>The pattern as it runs: whole words only unless <c>nonword</c> is set.</summary>
    public string Bound(string pattern) => NonWord ? pattern : RulePattern.WholeWord(pattern);

    public Regex Compile(string pattern) => RulePattern.Compile(Bound(pattern), IgnoreCase);

    public bool IsException(ReadOnlySpan<char> matched) => _exceptions is not null && _exceptions.IsMatch(matched);
}
