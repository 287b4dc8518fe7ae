using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>One <c>key = value</c> line of a <c>.vale.ini</c> (continuation lines joined), with where it was written.</summary>
public sealed record IniEntry(string Key, string Value, string Path, int Line, int Column)
{
    /// <summary>Where the value starts, for errors about it.</summary>
    public ConfigEntry At(string value) => new(value, Path, Line, Column);

    /// <summary>The value as Vale reads a list: split at commas, each part trimmed, empty parts left out.</summary>
    public IReadOnlyList<ConfigEntry> List() =>
        [.. Value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).Select(At)];
}
