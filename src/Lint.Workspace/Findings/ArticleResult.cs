using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Workspace.Findings;

/// <summary>
/// The findings in one article, sorted, with the article's text for reporters that quote it.
/// <see cref="Diagnostics"/> are the ones shown; <see cref="All"/> adds those suppressed by a lint comment
/// or recorded in the baseline, which SARIF keeps (marked) and other formats leave out.
/// </summary>
public sealed record ArticleResult(string Path, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    private readonly IReadOnlyList<Diagnostic>? _all;
    private IReadOnlyList<string>? _fingerprints;

    /// <summary>Every finding at or above the minimum level, suppressed and baselined ones included, sorted.</summary>
    public IReadOnlyList<Diagnostic> All
    {
        get => _all ?? Diagnostics;
        init => _all = value;
    }

    /// <summary>
    /// The fingerprint of each finding of <see cref="All"/> (SARIF's <c>primaryLocationLineHash</c>), in the same
    /// order: computed once, on first use, for the baseline and the SARIF report alike.
    /// </summary>
    public IReadOnlyList<string> Fingerprints => _fingerprints ??= LineHash.Of(Text, All);

    /// <summary>The findings of <see cref="All"/> that the baseline already had.</summary>
    public IReadOnlySet<Diagnostic> Baselined { get; init; } = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);

    /// <summary>The lowest severity that fails the run for this article; null when nothing does.</summary>
    public Severity? FailLevel { get; init; } = Severity.Error;

    /// <summary>True when a shown finding reaches the article's fail level.</summary>
    public bool Fails => FailLevel is { } level && Diagnostics.Any(d => d.Severity >= level);
}
