namespace Lint.Diagnostics;

/// <summary>One finding: which rule, how serious, where, what to tell the editor, and maybe a fix.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, Location Location, string Message, Fix? Fix = null)
{
    public string Id => Descriptor.Id;

    /// <summary>True when a <c>lint disable</c> or <c>lint ignore</c> comment in the source covers it: not shown, but kept for SARIF.</summary>
    public bool IsSuppressed { get; init; }
}
