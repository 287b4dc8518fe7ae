using Lint.Text;

namespace Lint.Rules.Examples;

/// <summary>
/// Roslyn's test markup for examples: <c>[|text|]</c> marks a span the rule must flag, and
/// <c>{|Rule.Id:text|}</c> marks one that the named rule must flag. Parsing removes the marks.
/// </summary>
public sealed record ExampleMarkup(string Text, IReadOnlyList<(TextSpan Span, string? RuleId)> Spans, string? Error)
{
    public static ExampleMarkup Parse(string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var spans = new List<(TextSpan, string?)>();
        var open = new Stack<(int Start, string? Id)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    return new ExampleMarkup(markup, [], "'{|' must be followed by a rule id and ':'.");
                }

                open.Push((text.Length, markup[(i + 2)..colon]));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    return new ExampleMarkup(markup, [], $"'{markup.Substring(i, 2)}' closes a mark that was never opened.");
                }

                var (start, id) = open.Pop();
                if ((markup[i + 1] == ']') != (id is null))
                {
                    return new ExampleMarkup(markup, [], "A mark opened with '[|' closes with '|]', one opened with '{|' with '|}'.");
                }

                spans.Add((TextSpan.FromBounds(start, text.Length), id));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            return new ExampleMarkup(markup, [], "A mark is opened but never closed.");
        }

        spans.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new ExampleMarkup(text.ToString(), spans, null);
    }

    private static bool At(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
