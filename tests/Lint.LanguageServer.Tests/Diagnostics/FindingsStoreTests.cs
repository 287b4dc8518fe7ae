using Lint.LanguageServer.Diagnostics;

namespace Lint.LanguageServer.Tests.Diagnostics;

/// <summary>A pull for a version whose pass failed fails at once, whether it came before or after the failure.</summary>
public class FindingsStoreTests
{
    private const string Uri = "file:///tmp/story.txt";

    [Fact]
    public async Task A_pull_that_arrives_after_its_version_failed_fails_at_once()
    {
        var store = new FindingsStore();
        store.Fail([(Uri, 3)], new InvalidOperationException("rules unreadable"));

        var pull = store.WaitAsync(Uri, 3, CancellationToken.None);

        Assert.True(pull.IsFaulted);
        Assert.Equal("rules unreadable", (await Assert.ThrowsAsync<InvalidOperationException>(() => pull)).Message);
    }

    [Fact]
    public async Task A_pull_waiting_when_its_version_fails_fails_too()
    {
        var store = new FindingsStore();
        var pull = store.WaitAsync(Uri, 1, CancellationToken.None);

        store.Fail([(Uri, 1)], new InvalidOperationException("rules unreadable"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => pull);
    }

    [Fact]
    public async Task A_newer_version_than_the_failed_one_waits_for_its_own_pass_and_success_clears_the_failure()
    {
        var store = new FindingsStore();
        store.Fail([(Uri, 1)], new InvalidOperationException("rules unreadable"));

        var pull = store.WaitAsync(Uri, 2, CancellationToken.None);
        Assert.False(pull.IsCompleted);
        store.Store(Uri, 2, []);

        Assert.Equal(2, (await pull).Version);
        Assert.Equal(2, (await store.WaitAsync(Uri, 1, CancellationToken.None)).Version);
    }
}
