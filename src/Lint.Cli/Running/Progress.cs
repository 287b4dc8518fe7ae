using System.Globalization;
using Humanizer;

namespace Lint.Cli.Running;

/// <summary>
/// "1,200 of 2,000 articles linted" on standard error, rewritten in place, for a run that takes longer than
/// <see cref="Delay"/>, and only when standard error is a terminal (a log never gets it). Cleared before the
/// report's last line.
/// </summary>
public sealed class Progress : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly Lock _lock = new();
    private readonly Timer? _timer;
    private int _done;
    private bool _shown;
    private bool _stopped;

    /// <param name="start">Whether to show it at all; false gives a progress that writes nothing.</param>
    public Progress(TextWriter error, int total, bool start)
    {
        _error = error;
        _total = total;
        _timer = start ? new Timer(_ => Show(), null, Delay, Interval) : null;
    }

    /// <summary>One more article linted.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>Writes the count (what the timer does every quarter of a second once the run is past <see cref="Delay"/>).</summary>
    public void Show()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            var done = Volatile.Read(ref _done);
            _error.Write($"\r{done.ToString("N0", CultureInfo.InvariantCulture)} of {"article".ToQuantity(_total, "N0", CultureInfo.InvariantCulture)} linted\u001b[K");
            _error.Flush();
            _shown = true;
        }
    }

    /// <summary>Stops the timer and erases the line, if it was ever written.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            _stopped = true;
            if (_shown)
            {
                _error.Write("\r\u001b[K");
                _error.Flush();
                _shown = false;
            }
        }
    }
}
