namespace Lint.Workspace.Vale;

/// <summary>
/// A section of a <c>.vale.ini</c>: the core settings at the top (name ""), <c>[formats]</c>, or a glob
/// (<c>[*]</c>, <c>[*.md]</c>). A key written more than once keeps every value, as Vale's shadowed keys do.
/// </summary>
public sealed class IniSection(string name, int line)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public List<IniEntry> Entries { get; } = [];

    /// <summary>The keys in the order first written.</summary>
    public IEnumerable<string> Keys => Entries.Select(e => e.Key).Distinct(StringComparer.Ordinal);

    /// <summary>The last value written for the key, or null.</summary>
    public IniEntry? Last(string key) => Entries.LastOrDefault(e => e.Key == key);

    /// <summary>Every value written for a list key, each split at commas.</summary>
    public IReadOnlyList<Configuration.ConfigEntry> List(string key) =>
        [.. Entries.Where(e => e.Key == key).SelectMany(e => e.List())];
}
