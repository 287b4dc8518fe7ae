using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>A logger provider that keeps every message, so a test can check what the server would write to stderr.</summary>
internal sealed class ListLogger : ILoggerProvider, ILogger
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public ILoggerFactory CreateFactory() => LoggerFactory.Create(b => b.AddProvider(this).SetMinimumLevel(LogLevel.Debug));

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _entries.Add((logLevel, formatter(state, exception)));
        }
    }

    public bool Contains(LogLevel atLeast, string text) => Entries.Any(e => e.Level >= atLeast && e.Message.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
    }
}
