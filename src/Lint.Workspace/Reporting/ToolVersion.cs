using System.Reflection;

namespace Lint.Workspace.Reporting;

/// <summary>The tool's version, from the assembly (without build metadata, so output stays the same across builds).</summary>
public static class ToolVersion
{
    public static string Value { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus >= 0 ? informational[..plus] : informational;
    }
}
