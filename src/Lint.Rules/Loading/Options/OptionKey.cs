namespace Lint.Rules.Loading.Options;

/// <summary>
/// One key a YAML file may have, declared once: its name, the shape of its value, what it does, the values
/// it allows, its range, the rule kinds that use it (none named: every kind), and, for a mapping or a list of
/// mappings, the table of keys inside. The reader checks files against it; the JSON Schemas and the README's
/// key tables are written from it.
/// </summary>
public sealed record OptionKey(string Name, OptionType Type, string Description)
{
    /// <summary>The values allowed, when there is a closed set; for a list, the values of its entries.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>True when an entry may also be one of <see cref="Values"/> with a leading '~' (to exclude it).</summary>
    public bool Negatable { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>The value used when the key is left out, as written in a file.</summary>
    public string? Default { get; init; }

    public bool Required { get; init; }

    /// <summary>The rule kinds that read this key; null when every kind does (or the file has no kinds).</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>The keys inside, for <see cref="OptionType.Mapping"/>, <see cref="OptionType.Mappings"/> and the like.</summary>
    public KeyTable? Items { get; init; }

    public bool UsedBy(string? kind) => Kinds is null || kind is null || Kinds.Contains(kind, StringComparer.Ordinal);
}
