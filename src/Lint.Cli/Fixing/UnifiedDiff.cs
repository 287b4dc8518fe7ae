using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Lint.Cli.Fixing;

/// <summary>
/// A unified diff of two texts, as <c>diff -u</c> and <c>git diff</c> write it, so <c>git apply</c> or
/// <c>patch -p1</c> can apply it: <c>---</c>/<c>+++</c> headers, then hunks of changed lines with up to
/// three lines of context. Lines split after LF only, so a CRLF line keeps its CR as <c>diff</c> does; a
/// last line without a line break is followed by <c>\ No newline at end of file</c>. DiffPlex finds the
/// changed lines; this class only lays them out.
/// </summary>
public static class UnifiedDiff
{
    public const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal.</summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel)
    {
        var diff = Differ.Instance.CreateCustomDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, SplitLines);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var hunk in Group(diff.DiffBlocks))
        {
            WriteHunk(output, diff, hunk);
        }

        return output.ToString();
    }

    /// <summary>Lines with their line breaks; text after the last LF is a last line of its own.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }

    /// <summary>Changes whose context would touch or overlap go in one hunk.</summary>
    private static List<List<DiffBlock>> Group(IList<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            var last = hunks.Count > 0 ? hunks[^1][^1] : null;
            if (last is not null && block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * Context)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        return hunks;
    }

    private static void WriteHunk(StringBuilder output, DiffResult diff, List<DiffBlock> blocks)
    {
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var first = blocks[0];
        var last = blocks[^1];
        var oldStart = Math.Max(0, first.DeleteStartA - Context);
        var oldEnd = Math.Min(oldLines.Count, last.DeleteStartA + last.DeleteCountA + Context);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - (last.DeleteStartA + last.DeleteCountA));
        output.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

        var position = oldStart;
        foreach (var block in blocks)
        {
            WriteLines(output, ' ', oldLines, position, block.DeleteStartA);
            WriteLines(output, '-', oldLines, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA);
            WriteLines(output, '+', newLines, block.InsertStartB, block.InsertStartB + block.InsertCountB);
            position = block.DeleteStartA + block.DeleteCountA;
        }

        WriteLines(output, ' ', oldLines, position, oldEnd);
    }

    private static void WriteLines(StringBuilder output, char prefix, IReadOnlyList<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            output.Append(prefix).Append(lines[i]);
            if (!lines[i].EndsWith('\n'))
            {
                output.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    /// <summary>GNU's range: "start,count" 1-based; the count alone is left out when it is 1; an empty range names the line before it.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };
}
