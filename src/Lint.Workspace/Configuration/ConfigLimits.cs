namespace Lint.Workspace.Configuration;

/// <summary>
/// How big and how deep a <c>.lint.yaml</c> (or a file it extends) may be: a real one is a few hundred
/// bytes, two or three levels deep. A file past a limit is an error at the place it goes over.
/// </summary>
public static class ConfigLimits
{
    /// <summary>The most bytes read of a configuration file (MaxConfigBytes).</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>How deep lists and mappings may nest in a configuration file (MaxConfigDepth).</summary>
    public const int MaxDepth = 64;
}
