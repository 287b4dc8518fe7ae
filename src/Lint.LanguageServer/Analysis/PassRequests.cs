using System.Threading.Channels;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// The debounce in front of the lint passes: requests pile up as changes come in, and
/// <see cref="NextAsync"/> lets one pass go once no request has come for <c>Debounce</c>, or once
/// <c>MaxDelay</c> has passed since the first of a burst, so steady typing still gets findings.
/// </summary>
public sealed class PassRequests(LanguageServerOptions options)
{
    private readonly Channel<bool> _requests = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });

    public void Request() => _requests.Writer.TryWrite(true);

    public void Complete() => _requests.Writer.TryComplete();

    /// <summary>Waits for a burst of requests to settle; false once no more requests will come.</summary>
    public async Task<bool> NextAsync(CancellationToken stopping)
    {
        var reader = _requests.Reader;
        if (!await reader.WaitToReadAsync(stopping))
        {
            return false;
        }

        Drain(reader);
        var deadline = DateTime.UtcNow + options.MaxDelay;
        while (DateTime.UtcNow < deadline)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            quiet.CancelAfter(Min(options.Debounce, deadline - DateTime.UtcNow));
            try
            {
                if (!await reader.WaitToReadAsync(quiet.Token))
                {
                    break;
                }

                Drain(reader);
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                break;
            }
        }

        return true;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Max(0, Math.Min(a.Ticks, b.Ticks)));

    private static void Drain(ChannelReader<bool> reader)
    {
        while (reader.TryRead(out _))
        {
        }
    }
}
