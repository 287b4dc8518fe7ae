namespace Lint.LanguageServer.Tests.Harness;

/// <summary>Waits for something the server does on its own time, failing with a message after a timeout.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task<T> WaitAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }

    public static Task WaitAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        WaitAsync(() => condition() ? string.Empty : null, what, timeout);
}
