using System.Text.RegularExpressions;

namespace Lint.Cli.Reporting;

/// <summary>
/// A long message split in two: the finding (its first sentence), shown at every finding, and the
/// explanation (the sentences after it), which the text format shows once per rule and run.
/// </summary>
public static partial class Explanation
{
    /// <summary>Messages up to this length are shown whole at every finding.</summary>
    public const int LongMessage = 120;

    public static (string Finding, string? Explanation) Split(string message)
    {
        if (message.Length <= LongMessage)
        {
            return (message, null);
        }

        var end = SentenceEnd().Match(message);
        return end.Success ? (message[..end.Index], message[(end.Index + end.Length)..]) : (message, null);
    }

    /// <summary>The space after a sentence's last punctuation (and a closing quote or bracket), before a capital or an opening quote.</summary>
    [GeneratedRegex(@"(?<=\w[.?!]['""’”)]?) +(?=[\p{Lu}""“‘(])", RegexOptions.None, 1000)]
    private static partial Regex SentenceEnd();
}
