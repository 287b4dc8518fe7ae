using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Capitalization;

/// <summary>
/// Vale's capitalization checks on one piece of text. The text is split into words (an exception, or
/// letters and digits up to the next space); <c>$title</c> and <c>$sentence</c> pass when more than
/// <c>threshold</c> of the words are as the style wants them, a word in capitals or listed in
/// <c>exceptions</c> always counting as right. <c>$sentence</c> also fails at once when its first word is not
/// capitalized, skips a word after one that ends with one of the <c>indicators</c> (":"), and reads
/// "Top-level" and "Client's" by the part before the hyphen or apostrophe. <c>$lower</c> and <c>$upper</c>
/// want the whole text in one case; any other <c>match</c> is a regex the text must contain. An exception
/// found in the text passes it too.
/// </summary>
public sealed class CaseMatch(string match, TitleCase style, double threshold, IReadOnlyList<string> indicators, Regex? exceptions)
{
    private readonly Regex _words = new(
        (exceptions is null ? string.Empty : exceptions + "|") + @"[\p{N}\p{L}*]+[^\s]*",
        RegexOptions.CultureInvariant,
        Loading.RulePattern.MatchTimeout);

    private readonly Regex? _pattern = match is "$title" or "$sentence" or "$lower" or "$upper" ? null : Loading.RulePattern.Compile(match, ignoreCase: false, compiled: false);

    public bool IsMatch(string text) => match switch
    {
        "$title" => Title(text),
        "$sentence" => Sentence(text),
        "$lower" => text == text.ToLowerInvariant() || IsException(text),
        "$upper" => text == text.ToUpperInvariant() || IsException(text),
        _ => _pattern!.IsMatch(text) || IsException(text),
    };

    private bool IsException(string word) => exceptions is not null && exceptions.IsMatch(word);

    private bool Title(string text)
    {
        var words = _words.Matches(text).Select(m => m.Value).ToList();
        var right = words.Where((word, i) =>
            word == style.Expected(word, i, words.Count, i > 0 && words[i - 1].EndsWith(':')) || IsException(word) || word == word.ToUpperInvariant());
        return Passes(right.Count(), words.Count);
    }

    private bool Sentence(string text)
    {
        var words = _words.Matches(text.TrimEnd('?', '!', '.', ':')).Select(m => m.Value).ToList();
        var right = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Split('-', '\'', '’')[0];
            var afterIndicator = i > 0 && indicators.Any(s => words[i - 1].EndsWith(s, StringComparison.Ordinal));
            if (word == word.ToUpperInvariant() || afterIndicator || IsException(word))
            {
                right++;
            }
            else if (i == 0 && word != Capitalized(word))
            {
                return false;
            }
            else if (i == 0 || word == word.ToLowerInvariant())
            {
                right++;
            }
        }

        return Passes(right, words.Count);
    }

    private bool Passes(int right, int words) => words == 0 || (double)right / words > threshold;

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
