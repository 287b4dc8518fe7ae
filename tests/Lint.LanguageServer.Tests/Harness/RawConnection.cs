using System.Text;
using System.Text.Json;
using Nerdbank.Streams;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>
/// A byte-level connection to an in-process server: it writes message bodies exactly as given (so a test can
/// send what no well-behaved client would) and reads each answer's <c>Content-Length</c> header and body
/// itself, independently of the JSON-RPC library the server uses.
/// </summary>
internal sealed class RawConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly ListLogger _logs = new();

    public RawConnection(IRuleSetProvider rules, LanguageServerOptions? options = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        Server = new LintLanguageServer(serverStream, serverStream, rules, options ?? LspTestClient.Fast, _logs.CreateFactory());
        Running = Server.RunAsync();
        _stream = clientStream;
    }

    public LintLanguageServer Server { get; }

    public Task<int> Running { get; }

    public ListLogger Logs => _logs;

    public async Task SendAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await _stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Writes bytes exactly as given, headers and all.</summary>
    public async Task SendRawAsync(string bytes)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(bytes));
        await _stream.FlushAsync();
    }

    /// <summary>Ends the client's side of the stream, as a client that exits does.</summary>
    public async Task CloseAsync() => await _stream.DisposeAsync();

    /// <summary>The next response (a message with a result or an error), skipping notifications the server sends meanwhile.</summary>
    public async Task<JsonElement> ReadResponseAsync()
    {
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        while (true)
        {
            var message = await ReadMessageAsync(timeout.Token);
            if (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _))
            {
                return message;
            }
        }
    }

    /// <summary>The next error response: its id (raw JSON) and error object.</summary>
    public async Task<(JsonElement Id, JsonElement Error)> ReadErrorAsync()
    {
        var message = await ReadResponseAsync();
        Assert.True(message.TryGetProperty("error", out var error), $"Expected an error, got {message}");
        Assert.Equal("2.0", message.GetProperty("jsonrpc").GetString());
        return (message.GetProperty("id"), error);
    }

    public async Task InitializeAsync()
    {
        await SendAsync("""{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"processId":null,"capabilities":{}}}""");
        var response = await ReadResponseAsync();
        Assert.Equal("init", response.GetProperty("id").GetString());
        Assert.True(response.TryGetProperty("result", out _), $"initialize failed: {response}");
        await SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await _stream.DisposeAsync();
        _logs.Dispose();
    }

    private async Task<JsonElement> ReadMessageAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        while (await ReadLineAsync(cancellationToken) is { Length: > 0 } header)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && header[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(header[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length ?? throw new InvalidDataException("A message without Content-Length.")];
        await _stream.ReadExactlyAsync(body, cancellationToken);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            await _stream.ReadExactlyAsync(one, cancellationToken);
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}
