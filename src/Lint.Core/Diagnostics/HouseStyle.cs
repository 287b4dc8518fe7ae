using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>
/// A newsroom's own rules over the default pack. When a rule of the pack proposes a fix that one of the
/// house rules would flag (the pack says "health care", the house style says "healthcare"), the pack's
/// finding is withdrawn, so the editor gets one instruction, the newsroom's, instead of two that
/// contradict each other. The fix is tried on the block it falls in, read as plain text, with the house
/// rules alone; a house finding on the words the fix wrote withdraws it.
/// </summary>
public sealed class HouseStyle(AnalyzerDriver houseRules)
{
    private readonly PlainTextParser _parser = new();
    private readonly HashSet<string> _houseIds = [.. houseRules.Descriptors.Select(d => d.Id)];

    /// <summary>True when the rule is one of the house rules, which are never withdrawn.</summary>
    public bool IsHouseRule(string id) => _houseIds.Contains(id);

    /// <summary>The findings, less those of other rules whose fix a house rule would flag. Spans are in <paramref name="document"/>'s text.</summary>
    public IEnumerable<Diagnostic> Apply(Document document, IEnumerable<Diagnostic> found) =>
        _houseIds.Count == 0 ? found : found.Where(d => IsHouseRule(d.Id) || d.Fix is null || !HouseFlagsFix(document, d.Fix));

    private bool HouseFlagsFix(Document document, Fix fix)
    {
        var first = fix.Edits.Min(e => e.Span.Start);
        var block = document.Blocks.FirstOrDefault(b => b.Span.Start <= first && first <= b.Span.End);
        if (block is null || fix.Edits.Any(e => e.Span.Start < block.Span.Start || e.Span.End > block.Span.End))
        {
            return false;
        }

        // The words are what a house style is about, not the capital a fix keeps ("Web site" -> "Website"
        // against a house rule on "website"): the fix is tried as written and with its first letters lowered.
        return Flags(document, block.Span, fix.Edits)
            || (fix.Edits.Any(e => e.NewText.Length > 0 && char.IsUpper(e.NewText[0]))
                && Flags(document, block.Span, [.. fix.Edits.Select(e => e with { NewText = LowerFirst(e.NewText) })]));
    }

    private bool Flags(Document document, TextSpan block, IReadOnlyList<TextEdit> edits)
    {
        var (text, written) = Fixed(document.Text.Content, block, edits);
        var fixedBlock = _parser.Parse(document.Path, new SourceText(text));
        return houseRules.Analyze(fixedBlock).Any(h => written.Any(w => Touches(h.Location.Span, w)));
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>True when a finding covers the words a fix wrote (or, for a deletion, the place it made).</summary>
    private static bool Touches(TextSpan finding, TextSpan written) =>
        written.IsEmpty ? finding.Start <= written.Start && written.Start <= finding.End : finding.OverlapsWith(written);

    /// <summary>The block's text with the edits made, and where the new words are in it.</summary>
    private static (string Text, List<TextSpan> Written) Fixed(string content, TextSpan block, IReadOnlyList<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder();
        var written = new List<TextSpan>();
        var at = block.Start;
        foreach (var edit in edits.OrderBy(e => e.Span.Start))
        {
            builder.Append(content, at, Math.Max(0, edit.Span.Start - at));
            written.Add(new TextSpan(builder.Length, edit.NewText.Length));
            builder.Append(edit.NewText);
            at = Math.Max(at, edit.Span.End);
        }

        builder.Append(content, at, block.End - at);
        return (builder.ToString(), written);
    }
}
