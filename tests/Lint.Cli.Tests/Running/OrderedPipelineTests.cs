using Lint.Cli.Running;

namespace Lint.Cli.Tests.Running;

/// <summary>The reorder buffer between parallel linting and a report that must see articles in path order.</summary>
public class OrderedPipelineTests
{
    /// <summary>A guard against a hang if the pipeline is broken; no test waits this long when it works.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public void Items_finished_out_of_order_are_consumed_in_order()
    {
        using var laterDone = new CountdownEvent(3);
        var consumed = new List<int>();
        var pipeline = new OrderedPipeline<int>(
            i =>
            {
                if (i == 0)
                {
                    // Item 0 finishes only after items 1 to 3 are done: they reach the buffer first.
                    Assert.True(laterDone.Wait(Guard), "items 1 to 3 were never produced");
                }
                else if (i <= 3)
                {
                    laterDone.Signal();
                }

                return i;
            },
            workers: 4,
            window: 8);

        pipeline.Run(20, consumed.Add, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 20), consumed);
    }

    [Fact]
    public void No_more_than_the_window_is_alive_ahead_of_a_slow_consumer()
    {
        var alive = 0;
        var most = 0;
        var pipeline = new OrderedPipeline<int>(
            i =>
            {
                var now = Interlocked.Increment(ref alive);
                InterlockedMax(ref most, now);
                return i;
            },
            workers: 4,
            window: 5);

        pipeline.Run(2000, i =>
        {
            Thread.Yield(); // a consumer slower than four producers
            Interlocked.Decrement(ref alive);
        }, CancellationToken.None);

        Assert.InRange(most, 1, 5 + 1); // the window, plus the item being consumed
        Assert.Equal(0, alive);
    }

    [Fact]
    public void Each_item_is_produced_and_consumed_once()
    {
        var produced = new int[500];
        var consumed = new int[500];
        var pipeline = new OrderedPipeline<int>(i => { Interlocked.Increment(ref produced[i]); return i; }, workers: 3, window: 7);

        pipeline.Run(500, i => consumed[i]++, CancellationToken.None);

        Assert.All(produced, count => Assert.Equal(1, count));
        Assert.All(consumed, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_producer_that_throws_stops_the_run_with_its_exception()
    {
        var consumed = new List<int>();
        var pipeline = new OrderedPipeline<int>(i => i == 10 ? throw new InvalidOperationException("item 10") : i, workers: 2, window: 4);

        var thrown = Assert.Throws<InvalidOperationException>(() => pipeline.Run(100, consumed.Add, CancellationToken.None));

        Assert.Equal("item 10", thrown.Message);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
        Assert.True(consumed.Count <= 10);
    }

    [Fact]
    public void A_consumer_that_throws_stops_the_producers()
    {
        var produced = 0;
        var pipeline = new OrderedPipeline<int>(i => { Interlocked.Increment(ref produced); return i; }, workers: 2, window: 4);

        Assert.Throws<IOException>(() => pipeline.Run(1000, i => throw new IOException("disk full"), CancellationToken.None));

        Assert.InRange(produced, 1, 4 + 2);
    }

    [Fact]
    public void A_cancelled_run_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var pipeline = new OrderedPipeline<int>(i => i, workers: 2, window: 4);

        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Run(1000, i =>
        {
            if (i == 3)
            {
                cancellation.Cancel();
            }
        }, cancellation.Token));
    }

    [Fact]
    public void An_empty_run_consumes_nothing()
    {
        var pipeline = new OrderedPipeline<int>(i => throw new InvalidOperationException("nothing to produce"), workers: 2, window: 4);

        pipeline.Run(0, _ => throw new InvalidOperationException("nothing to consume"), CancellationToken.None);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
