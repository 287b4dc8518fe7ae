using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Rules.Kinds;

/// <summary>The year a story was written: that of its first date with a year, leaving aside the dates a rule reads as something else (a birth date).</summary>
public static class StoryYear
{
    /// <summary>The year group of the first match of <paramref name="dated"/> in the text that overlaps none of <paramref name="excluded"/>, or null.</summary>
    public static int? Find(string text, IReadOnlyList<Regex> dated, IReadOnlyCollection<TextSpan> excluded)
    {
        Match? first = null;
        foreach (var pattern in dated)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var year = match.Groups["year"];
                if (!excluded.Any(e => e.OverlapsWith(new TextSpan(year.Index, year.Length))))
                {
                    if (first is null || match.Index < first.Index)
                    {
                        first = match;
                    }

                    break;
                }
            }
        }

        return first is null ? null : int.Parse(first.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
