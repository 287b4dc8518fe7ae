namespace Lint.Diagnostics;

/// <summary>One finding: which rule, how serious, where, what to tell the editor, and maybe a fix.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, Location Location, string Message, Fix? Fix = null)
{
    public string Id => Descriptor.Id;
}
