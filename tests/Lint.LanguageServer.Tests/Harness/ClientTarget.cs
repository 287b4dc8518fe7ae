using System.Text.Json;
using StreamJsonRpc;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>The test client's side of the messages a server sends: it records them and answers requests with null.</summary>
internal sealed class ClientTarget
{
    private readonly List<JsonElement> _published = [];
    private readonly List<JsonElement> _registrations = [];
    private readonly Lock _gate = new();
    private int _refreshes;

    public int Refreshes => Volatile.Read(ref _refreshes);

    public IReadOnlyList<JsonElement> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    public IReadOnlyList<JsonElement> Registrations
    {
        get
        {
            lock (_gate)
            {
                return [.. _registrations];
            }
        }
    }

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters)
    {
        lock (_gate)
        {
            _published.Add(parameters.Clone());
        }
    }

    [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
    public object? RegisterCapability(JsonElement parameters)
    {
        lock (_gate)
        {
            _registrations.Add(parameters.Clone());
        }

        return null;
    }

    [JsonRpcMethod("workspace/diagnostic/refresh")]
    public object? Refresh()
    {
        Interlocked.Increment(ref _refreshes);
        return null;
    }
}
