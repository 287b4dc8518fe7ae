using System.Text.RegularExpressions;

namespace Lint.Cli.Reporting;

/// <summary>
/// A long message split in two: the finding, shown at every finding, and the explanation, which the text
/// format shows once per rule and run. The explanation is the same for every finding of the rule: the
/// sentences at the end of the rule's message format that come after its last <c>%s</c>, so nothing filled
/// in for one finding (a quoted excerpt with sentences of its own) is ever cut off or shown only once.
/// </summary>
public static partial class Explanation
{
    /// <summary>Messages up to this length are shown whole at every finding.</summary>
    public const int LongMessage = 120;

    public static (string Finding, string? Explanation) Split(string message, string? format)
    {
        if (message.Length <= LongMessage || format is null)
        {
            return (message, null);
        }

        var last = format.LastIndexOf("%s", StringComparison.Ordinal);
        var end = SentenceEnd().Match(format, last < 0 ? 0 : last + 2);
        if (!end.Success)
        {
            return (message, null);
        }

        var explanation = format[(end.Index + end.Length)..];
        return message.Length > explanation.Length && message.EndsWith(explanation, StringComparison.Ordinal)
            ? (message[..^explanation.Length].TrimEnd(), explanation)
            : (message, null);
    }

    /// <summary>The space after a sentence's last punctuation (and a closing quote or bracket), before a capital or an opening quote.</summary>
    [GeneratedRegex(@"(?<=\w[.?!]['""’”)]?) +(?=[\p{Lu}""“‘(])", RegexOptions.None, 1000)]
    private static partial Regex SentenceEnd();
}
