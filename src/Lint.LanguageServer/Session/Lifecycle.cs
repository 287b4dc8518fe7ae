using Lint.LanguageServer.Transport;

namespace Lint.LanguageServer.Session;

/// <summary>
/// Where the server is in LSP's lifecycle. Before <c>initialize</c> every request is refused with
/// ServerNotInitialized and notifications are dropped; after <c>shutdown</c> requests are refused with
/// InvalidRequest; <c>exit</c> ends the server, with code 0 only if <c>shutdown</c> came first.
/// </summary>
public sealed class Lifecycle
{
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile LifecycleState _state = LifecycleState.Created;

    public LifecycleState State => _state;

    public bool IsRunning => _state == LifecycleState.Running;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exited => _exit.Task;

    public void Initialize()
    {
        if (_state != LifecycleState.Created)
        {
            throw ProtocolError.InvalidRequest("The server is already initialized.");
        }

        _state = LifecycleState.Running;
    }

    /// <summary>Throws the error a request gets when the server cannot take it now.</summary>
    public void EnsureRunning()
    {
        switch (_state)
        {
            case LifecycleState.Created:
                throw ProtocolError.ServerNotInitialized();
            case LifecycleState.ShuttingDown:
                throw ProtocolError.InvalidRequest("The server is shutting down.");
        }
    }

    public void Shutdown()
    {
        EnsureRunning();
        _state = LifecycleState.ShuttingDown;
    }

    public void Exit() => _exit.TrySetResult(_state == LifecycleState.ShuttingDown ? 0 : 1);
}
