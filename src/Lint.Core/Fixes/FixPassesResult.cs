namespace Lint.Fixes;

/// <summary>
/// What <see cref="FixPasses"/> did: each text in the order given, how many passes changed something,
/// and whether the last analysis found nothing more to fix (a fixed point) or the bound on passes was hit.
/// </summary>
public sealed record FixPassesResult(IReadOnlyList<FixedText> Texts, int Passes, bool ReachedFixedPoint)
{
    public int FixCount => Texts.Sum(t => t.Applied.Count);
}
