using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>
/// Moves a finding made on a derived text (the decoded text of an HTML page) to the source: its span and
/// line positions, and its fix when every edit falls on an unbroken run of source text. A fix that would
/// cut through markup is dropped; the finding stays.
/// </summary>
public static class SourceMapping
{
    public static Diagnostic ToSource(Diagnostic diagnostic, SourceMap map)
    {
        var span = map.ToSource(diagnostic.Location.Span);
        var location = diagnostic.Location with { Span = span, LineSpan = map.Source.GetLinePositionSpan(span) };
        Fix? fix = null;
        if (diagnostic.Fix is { } original && original.Edits.All(e => map.IsContiguous(e.Span)))
        {
            fix = original with { Edits = original.Edits.Select(e => new TextEdit(map.ToSource(e.Span), map.Encode(e.NewText))).ToArray() };
        }

        return diagnostic with { Location = location, Fix = fix };
    }
}
