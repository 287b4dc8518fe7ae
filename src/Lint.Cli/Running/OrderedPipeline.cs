using System.Runtime.ExceptionServices;

namespace Lint.Cli.Running;

/// <summary>
/// Produces items 0, 1, 2, ... on several threads and hands them to a consumer on the calling thread
/// strictly in that order, through a reorder buffer of <c>window</c> slots: a worker takes the next index
/// only while fewer than <c>window</c> items are produced (or being produced) and not yet consumed, so at
/// most <c>window</c> items plus the one being consumed are alive, however the work is spread. If a
/// producer or the consumer throws, or the run is cancelled, the workers stop after their current item
/// and the first exception is thrown here.
/// </summary>
public sealed class OrderedPipeline<T>
{
    private readonly object _gate = new();
    private readonly Func<int, T> _produce;
    private readonly int _workers;
    private readonly T[] _slots;
    private readonly bool[] _ready;
    private int _count;
    private int _next;
    private int _consumed;
    private ExceptionDispatchInfo? _failure;

    public OrderedPipeline(Func<int, T> produce, int workers, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _produce = produce;
        _workers = workers;
        _slots = new T[window];
        _ready = new bool[window];
    }

    /// <summary>Produces items 0 to <paramref name="count"/> - 1 and consumes each, in order. One run per pipeline.</summary>
    public void Run(int count, Action<T> consume, CancellationToken cancellationToken)
    {
        _count = count;
        using var registration = cancellationToken.Register(() => Stop(new OperationCanceledException(cancellationToken)));
        var workers = Enumerable.Range(0, Math.Min(_workers, count))
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (var index = 0; index < count; index++)
            {
                consume(Take(index));
            }
        }
        catch (Exception ex)
        {
            Stop(ex);
            throw;
        }
        finally
        {
            Task.WaitAll(workers);
        }
    }

    private void Work()
    {
        while (true)
        {
            int index;
            lock (_gate)
            {
                while (_failure is null && _next < _count && _next - _consumed >= _slots.Length)
                {
                    Monitor.Wait(_gate);
                }

                if (_failure is not null || _next >= _count)
                {
                    return;
                }

                index = _next++;
            }

            T item;
            try
            {
                item = _produce(index);
            }
            catch (Exception ex)
            {
                Stop(ex);
                return;
            }

            lock (_gate)
            {
                _slots[index % _slots.Length] = item;
                _ready[index % _slots.Length] = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Waits for item <paramref name="index"/> and frees its slot (the next index may then be taken).</summary>
    private T Take(int index)
    {
        var slot = index % _slots.Length;
        lock (_gate)
        {
            while (_failure is null && !_ready[slot])
            {
                Monitor.Wait(_gate);
            }

            _failure?.Throw();
            var item = _slots[slot];
            _slots[slot] = default!;
            _ready[slot] = false;
            _consumed = index + 1;
            Monitor.PulseAll(_gate);
            return item;
        }
    }

    private void Stop(Exception exception)
    {
        lock (_gate)
        {
            _failure ??= ExceptionDispatchInfo.Capture(exception);
            Monitor.PulseAll(_gate);
        }
    }
}
