using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fixes;

/// <summary>
/// Fixes texts to a fixed point. Each pass analyses every text (together, so that corpus rules compare
/// them), applies in each the fixes the filter accepts that overlap no earlier fix, and leaves the others
/// for the next pass. The passes stop when one changes nothing, so running them again changes nothing;
/// or, if fixes keep undoing each other, after <c>maxPasses</c> passes that changed something.
/// </summary>
public static class FixPasses
{
    public const int DefaultMaxPasses = 10;

    /// <summary>Fixes several texts analysed together; <paramref name="analyze"/> returns one list of findings per text, in order.</summary>
    public static FixPassesResult Run(
        IReadOnlyList<SourceText> texts,
        Func<IReadOnlyList<SourceText>, IReadOnlyList<IReadOnlyList<Diagnostic>>> analyze,
        Func<Diagnostic, bool>? include = null,
        int maxPasses = DefaultMaxPasses)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPasses);
        include ??= _ => true;
        var current = texts.ToArray();
        var applied = texts.Select(_ => new List<Diagnostic>()).ToArray();
        for (var pass = 0; ; pass++)
        {
            var found = analyze(current);
            if (found.Count != current.Length)
            {
                throw new InvalidOperationException($"The analysis returned findings for {found.Count} texts, not {current.Length}.");
            }

            var next = new SourceText[current.Length];
            var selected = new IReadOnlyList<Diagnostic>[current.Length];
            var changed = false;
            for (var i = 0; i < current.Length; i++)
            {
                selected[i] = FixApplier.SelectFixes(found[i].Where(include));
                next[i] = selected[i].Count == 0 ? current[i] : FixApplier.ApplySelected(current[i], selected[i]);
                changed |= !string.Equals(next[i].Content, current[i].Content, StringComparison.Ordinal);
            }

            if (!changed || pass == maxPasses)
            {
                var results = texts.Select((t, i) => new FixedText(t, current[i], applied[i], found[i])).ToList();
                return new FixPassesResult(results, pass, !changed);
            }

            for (var i = 0; i < current.Length; i++)
            {
                if (!string.Equals(next[i].Content, current[i].Content, StringComparison.Ordinal))
                {
                    applied[i].AddRange(selected[i]);
                    current[i] = next[i];
                }
            }
        }
    }

    /// <summary>Fixes one text on its own.</summary>
    public static FixPassesResult Run(
        SourceText text,
        Func<SourceText, IReadOnlyList<Diagnostic>> analyze,
        Func<Diagnostic, bool>? include = null,
        int maxPasses = DefaultMaxPasses)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return Run([text], texts => [analyze(texts[0])], include, maxPasses);
    }
}
