using Lint.Diagnostics;

namespace Lint.Workspace.Reporting;

/// <summary>
/// Keeps, of items offered one by one, at most <c>capacity</c>: the most severe, and among equals the
/// first offered, as a stable sort by descending severity and a cut would, but holding no more than it
/// keeps. An item is made only if it is kept.
/// </summary>
public sealed class MostSevere<T>(int capacity)
{
    private readonly PriorityQueue<(T Item, long Order), (Severity Severity, long Order)> _kept = new(Comparer<(Severity Severity, long Order)>.Create(
        (x, y) => x.Severity != y.Severity ? x.Severity.CompareTo(y.Severity) : y.Order.CompareTo(x.Order)));

    /// <summary>How many items were offered (kept or not).</summary>
    public long Offered { get; private set; }

    public int Count => _kept.Count;

    /// <summary>How many items offered were not kept.</summary>
    public long Omitted => Offered - _kept.Count;

    /// <summary>Offers the next item; <paramref name="make"/> is called only if it is kept (for now: a later, more severe one may push it out).</summary>
    public void Offer(Severity severity, Func<T> make)
    {
        var order = Offered++;
        if (_kept.Count < capacity)
        {
            _kept.Enqueue((make(), order), (severity, order));
        }
        else if (_kept.TryPeek(out _, out var least) && severity > least.Severity)
        {
            _kept.EnqueueDequeue((make(), order), (severity, order));
        }
    }

    /// <summary>The items kept, in the order they were offered.</summary>
    public IReadOnlyList<T> InOrder() => [.. _kept.UnorderedItems.OrderBy(e => e.Element.Order).Select(e => e.Element.Item)];
}
