using System.Buffers;
using System.Text.RegularExpressions;
using Lint.Rules.Matching;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading;

/// <summary>
/// Compiles the patterns of a rule once, when it loads. Patterns are .NET regular expressions, and Vale's
/// (Go RE2) syntax where it differs is translated first (<see cref="ValeRegex"/>); unless <c>nonword</c> is set they match whole words only. Every regex has a match timeout.
/// A bad pattern is reported at its line and column, pointing into the pattern where the parser stopped.
/// </summary>
public static class RulePattern
{
    /// <summary>How long one match may run before the rule is stopped on that article: enough for any sane
    /// pattern on a busy machine, short enough that catastrophic backtracking cannot hang a run.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    // The characters that give a pattern structure; a pattern with none of them matches itself, letter for letter.
    private static readonly SearchValues<char> Special = SearchValues.Create(@"\*+?|{}[]()^$.#");

    public static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>Wraps a pattern so it matches whole words only: no letter or digit right before or after.</summary>
    public static string WholeWord(string pattern) => $@"(?<![\p{{L}}\p{{N}}_])(?:{pattern})(?![\p{{L}}\p{{N}}_])";

    /// <summary>Checks one pattern on its own, so an error points at the entry that has it.</summary>
    public static bool Validate(YamlScalarNode node, RuleErrors errors, string what) =>
        Validate(node.Value ?? string.Empty, node, errors, what);

    /// <summary>Checks a pattern made from one or more entries; an error is placed at <paramref name="node"/>.</summary>
    public static bool Validate(string pattern, YamlScalarNode node, RuleErrors errors, string what)
    {
        if (pattern.Length == 0)
        {
            errors.Add(node, $"The {what} is empty.");
            return false;
        }

        if (PastLimits(pattern, node, errors, what))
        {
            return false;
        }

        try
        {
            pattern = ValeRegex.Translate(pattern);
        }
        catch (ValeRegexException ex)
        {
            errors.Add(node, $"The {what} '{pattern}' cannot be read: {ex.Message}");
            return false;
        }

        if (pattern.AsSpan().IndexOfAny(Special) < 0)
        {
            // Plain words: nothing a parser could refuse, so no regex is built only to be thrown away.
            return true;
        }

        if (PatternFacts.IsKnownValid(pattern))
        {
            // A pattern of the shipped pack, validated when the pack was written.
            return true;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            return true;
        }
        catch (RegexParseException ex)
        {
            var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
            var column = (int)node.Start.Column + quoted + Math.Max(0, ex.Offset - 1);
            var line = (int)node.Start.Line;
            if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            {
                column = (int)node.Start.Column;
            }

            errors.Add(line, column, $"The {what} '{pattern}' is not a valid regular expression: {Explain(ex)}");
            return false;
        }
    }

    /// <summary>A pattern too long, or with groups nested too deep, to be compiled safely (see <see cref="RuleLimits"/>).</summary>
    private static bool PastLimits(string pattern, YamlScalarNode node, RuleErrors errors, string what)
    {
        var limits = errors.Limits;
        var depth = PatternNesting.Deepest(pattern);
        if (depth > limits.MaxPatternNesting)
        {
            errors.Add(node, $"The {what} nests groups {depth:N0} deep, more than the {limits.MaxPatternNesting} a pattern may have (the pattern nesting limit, {nameof(RuleLimits.MaxPatternNesting)}).");
            return true;
        }

        if (pattern.Length > limits.MaxPatternLength)
        {
            errors.Add(node, $"The {what} is {pattern.Length:N0} characters long, more than the {limits.MaxPatternLength:N0} a pattern may have (the pattern size limit, {nameof(RuleLimits.MaxPatternLength)}).");
            return true;
        }

        return false;
    }

    /// <summary>
    /// Builds a rule pattern once, at load time. A pattern that runs over every sentence of every story is
    /// compiled to IL (<paramref name="compiled"/>) where the process's <see cref="RegexTiering"/> compiles at
    /// load; one that runs only where a prefilter has found its words is interpreted, which is cheaper to build.
    /// One match on a short sentence makes the runtime compile the matcher now, so that work is not counted
    /// against the time limit of the first real match.
    /// </summary>
    /// <param name="tiering">When to compile; <see cref="RegexTiering.Current"/> when null.</param>
    public static Regex Compile(string pattern, bool ignoreCase, bool compiled = true, RegexTiering? tiering = null) =>
        Build(pattern, ignoreCase, compiled && (tiering ?? RegexTiering.Current).CompileAtLoad);

    /// <summary>Builds a pattern compiled to IL, whatever the tiering: for a pattern a long run has made hot.</summary>
    public static Regex CompileNow(string pattern, bool ignoreCase) => Build(pattern, ignoreCase, compiled: true);

    private static Regex Build(string pattern, bool ignoreCase, bool compiled)
    {
        const string WarmUpText = "The officials said on Friday that 12 of the 30 reports, about 40%, were late.";
        var regex = new Regex(ValeRegex.Translate(pattern), Options(ignoreCase) | (compiled ? RegexOptions.Compiled : RegexOptions.None), MatchTimeout);
        if (!compiled)
        {
            return regex;
        }

        try
        {
            _ = regex.IsMatch(WarmUpText);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern slow even on empty text still loads; its first real match reports the timeout.
        }

        return regex;
    }

    private static string Explain(RegexParseException ex)
    {
        var message = ex.Message;
        var colon = message.LastIndexOf(" - ", StringComparison.Ordinal);
        return colon >= 0 ? message[(colon + 3)..] : message;
    }
}
