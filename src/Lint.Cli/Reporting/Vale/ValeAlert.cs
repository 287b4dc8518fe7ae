using System.Text;
using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Reporting;

namespace Lint.Cli.Reporting.Vale;

/// <summary>
/// A finding as Vale reports an alert: its 1-based line, its span as 1-based first and last columns in
/// characters (code points, as Vale counts), the rule (<c>Check</c>), its description and link, the message
/// on one line, the level, the text matched, and the action (a single replacement is Vale's <c>replace</c>).
/// </summary>
public sealed record ValeAlert(int Line, int Start, int End, string Check, string Description, string Link, string Message, string Severity, string Match, string ActionName, IReadOnlyList<string>? ActionParams)
{
    public static ValeAlert Of(Diagnostic diagnostic, SourceText text)
    {
        var location = diagnostic.Location;
        var lineStart = location.Span.Start - location.LineSpan.Start.Character;
        var start = CodePoints(text.Content.AsSpan(lineStart, location.Span.Start - lineStart)) + 1;
        var match = text.ToString(location.Span);
        var end = start + Math.Max(1, CodePoints(match)) - 1;
        var edits = diagnostic.Fix?.Edits;
        var replace = edits is { Count: 1 } && edits[0].Span == location.Span;
        return new ValeAlert(
            location.LineSpan.Start.Line + 1,
            start,
            end,
            diagnostic.Id,
            diagnostic.Descriptor.Description,
            diagnostic.Descriptor.HelpLink ?? string.Empty,
            OneLine(diagnostic.Message),
            Levels.Text(diagnostic.Severity),
            match,
            replace ? "replace" : string.Empty,
            replace ? [edits![0].NewText] : null);
    }

    /// <summary>A message with its line breaks and tabs as spaces and runs of spaces as one, as Vale prints it.</summary>
    public static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            var space = c is ' ' or '\n' or '\r' or '\t';
            if (!space || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(space ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
