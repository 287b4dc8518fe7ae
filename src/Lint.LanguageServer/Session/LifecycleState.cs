namespace Lint.LanguageServer.Session;

/// <summary>The stages of a server's life: before <c>initialize</c>, serving, and after <c>shutdown</c>.</summary>
public enum LifecycleState
{
    Created,
    Running,
    ShuttingDown,
}
