namespace Lint.Formats.Markdown;

/// <summary>
/// Finds where Markdown first nests too deeply for Markdig, which stops with an error that says no place:
/// the shortest start of the text that still fails, found by halving, first by whole lines and then
/// within the line. Only a failed article pays for it (about 2 log n parses).
/// </summary>
internal static class NestingLocator
{
    /// <summary>The offset of the character at which <paramref name="fails"/> starts to hold, or 0 when no shorter text fails.</summary>
    public static int Locate(string text, Func<string, bool> fails)
    {
        var lineEnds = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineEnds.Add(i + 1);
        }

        if (lineEnds.Count == 0 || lineEnds[^1] < text.Length)
        {
            lineEnds.Add(text.Length);
        }

        var line = Smallest(0, lineEnds.Count - 1, k => fails(text[..lineEnds[k]]));
        if (line < 0)
        {
            return 0;
        }

        var lineStart = line == 0 ? 0 : lineEnds[line - 1];
        var column = Smallest(1, lineEnds[line] - lineStart, c => fails(text[..(lineStart + c)]));
        return column < 0 ? lineStart : lineStart + column - 1;
    }

    /// <summary>The smallest value in [low, high] for which <paramref name="holds"/> is true, assuming it stays true above; -1 when it is false at <paramref name="high"/>.</summary>
    private static int Smallest(int low, int high, Func<int, bool> holds)
    {
        if (low > high || !holds(high))
        {
            return -1;
        }

        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (holds(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
