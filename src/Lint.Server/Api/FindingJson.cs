using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Workspace.Reporting;

namespace Lint.Server.Api;

/// <summary>
/// One finding as the API returns it: the rule, severity and message; the span as a UTF-16 offset and
/// length into the text sent (what JavaScript strings and .NET use) and as 1-based lines and columns
/// (columns in UTF-16 code units, the end exclusive); and the fix, as edits to the text sent.
/// </summary>
public sealed record FindingJson(string Rule, string Severity, string Message, int Offset, int Length, int Line, int Column, int EndLine, int EndColumn, FixJson? Fix)
{
    public static FindingJson Of(Diagnostic diagnostic, FixLevel level)
    {
        var (span, lines) = (diagnostic.Location.Span, diagnostic.Location.LineSpan);
        var fix = diagnostic.Fix is { } f
            ? new FixJson(f.Title, level == FixLevel.Safe ? "safe" : "editorial", [.. f.Edits.Select(e => new EditJson(e.Span.Start, e.Span.Length, e.NewText))])
            : null;
        return new FindingJson(
            diagnostic.Id, Levels.Text(diagnostic.Severity), diagnostic.Message, span.Start, span.Length,
            lines.Start.Line + 1, lines.Start.Character + 1, lines.End.Line + 1, lines.End.Character + 1, fix);
    }
}

/// <summary>A fix: what it does, whether it is <c>safe</c> (mechanical) or <c>editorial</c>, and the edits that make it (applied together).</summary>
public sealed record FixJson(string Title, string Level, IReadOnlyList<EditJson> Edits);

/// <summary>Replace <see cref="Length"/> UTF-16 code units at <see cref="Offset"/> with <see cref="Text"/>.</summary>
public sealed record EditJson(int Offset, int Length, string Text);
