using Lint.Diagnostics;
using Lint.Text;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// The finding a document gets instead of its findings when it goes past a limit (too long, nested past a
/// parser's limit, out of time) and the cap on how many findings one document publishes: whatever one
/// document holds, the server answers for it and goes on serving the others.
/// </summary>
public static class DocumentLimits
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "Lint.DocumentLimit",
        "This document was not linted in full",
        "The document goes past one of the language server's limits (its length, a parser's nesting limit, the time one analysis may take, or the number of findings shown), so its findings are missing or cut short. The other documents are linted as usual.",
        Severity.Warning);

    /// <summary>One finding at <paramref name="line"/> and <paramref name="column"/> (0-based) of <paramref name="text"/> saying why the document was not linted.</summary>
    public static Diagnostic Refused(string path, SourceText text, int line, int column, string message)
    {
        var span = text.GetLine(Math.Clamp(line, 0, Math.Max(0, text.LineCount - 1))).Span;
        var start = Math.Min(span.Start + Math.Max(0, column), span.Start + span.Length);
        var position = text.GetLinePosition(start);
        return new Diagnostic(Descriptor, Severity.Warning, new Location(path, new TextSpan(start, 0), new LinePositionSpan(position, position)), message);
    }

    /// <summary>At most <paramref name="max"/> findings, in order; past that, the first <paramref name="max"/> - 1 and one saying how many more there are.</summary>
    public static IReadOnlyList<Diagnostic> Capped(IReadOnlyList<Diagnostic> diagnostics, int max, string path, SourceText text)
    {
        if (diagnostics.Count <= max)
        {
            return diagnostics;
        }

        var kept = diagnostics.Take(Math.Max(0, max - 1)).ToList();
        kept.Add(Refused(path, text, 0, 0, $"{diagnostics.Count - kept.Count:N0} more findings are not shown: a document shows at most {max:N0} (the language server's MaxDiagnostics)."));
        return kept;
    }
}
