using Lint.LanguageServer.Protocol;

namespace Lint.LanguageServer.Session;

/// <summary>What the server learnt in <c>initialize</c> and where it is in its lifecycle, shared by the handlers.</summary>
public sealed class ServerSession
{
    private volatile ClientFeatures _features = ClientFeatures.None;

    public Lifecycle Lifecycle { get; } = new();

    public WorkspaceRoots Roots { get; } = new();

    public ClientFeatures Features => _features;

    public void Initialize(InitializeParams parameters)
    {
        Lifecycle.Initialize();
        _features = ClientFeatures.Read(parameters.Capabilities);
        Roots.Set(parameters);
    }
}
