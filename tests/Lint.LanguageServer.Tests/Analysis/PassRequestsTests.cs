using System.Diagnostics;
using Lint.LanguageServer.Analysis;

namespace Lint.LanguageServer.Tests.Analysis;

public sealed class PassRequestsTests
{
    [Fact]
    public async Task Steady_requests_still_let_a_pass_go_after_the_longest_delay()
    {
        var requests = new PassRequests(new LanguageServerOptions(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(300), 10));
        using var typing = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var keystrokes = Task.Run(async () =>
        {
            while (!typing.IsCancellationRequested)
            {
                requests.Request();
                await Task.Delay(20);
            }
        });

        var clock = Stopwatch.StartNew();
        var go = await requests.NextAsync(CancellationToken.None);
        var waited = clock.Elapsed;
        await typing.CancelAsync();
        await keystrokes;

        Assert.True(go);
        Assert.True(waited < TimeSpan.FromSeconds(5), $"A pass waited {waited} under steady typing.");
    }

    [Fact]
    public async Task No_pass_goes_once_requests_are_complete()
    {
        var requests = new PassRequests(new LanguageServerOptions(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100), 10));
        requests.Request();
        requests.Complete();

        Assert.True(await requests.NextAsync(CancellationToken.None));
        Assert.False(await requests.NextAsync(CancellationToken.None));
    }
}
