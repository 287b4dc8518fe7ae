using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// Sends StreamJsonRpc's own trace to the server's log (standard error, never standard output). Its errors
/// matter most for notifications, which have no response to carry them (a <c>didOpen</c> whose parameters
/// do not deserialize): the first line, the one that says what failed, is logged as a warning; the rest
/// of its chatter is debug output.
/// </summary>
public sealed class LoggerTraceListener(ILogger logger) : TraceListener
{
    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message) =>
        Log(eventType, message ?? string.Empty);

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args) =>
        Log(eventType, args is { Length: > 0 } && format is not null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args) : format ?? string.Empty);

    public override void Write(string? message) => logger.LogDebug("{Message}", message);

    public override void WriteLine(string? message) => logger.LogDebug("{Message}", message);

    private void Log(TraceEventType type, string message)
    {
        if (type is TraceEventType.Critical or TraceEventType.Error)
        {
            var end = message.IndexOf('\n', StringComparison.Ordinal);
            logger.LogWarning("{Message}", (end < 0 ? message : message[..end]).TrimEnd());
        }
        else
        {
            logger.LogDebug("{Message}", message);
        }
    }
}
