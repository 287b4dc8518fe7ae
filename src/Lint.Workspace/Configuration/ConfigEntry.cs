namespace Lint.Workspace.Configuration;

/// <summary>A value written in a config file (a rule id, a style, a glob) and where it was written, for errors about it.</summary>
public sealed record ConfigEntry(string Value, string Path, int Line, int Column)
{
    public ConfigError Error(string message) => new(Path, Line, Column, message);
}
