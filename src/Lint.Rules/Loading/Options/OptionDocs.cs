using System.Text;

namespace Lint.Rules.Loading.Options;

/// <summary>
/// Writes the README's key tables from key declarations, as Markdown: one row per key with the shape of its
/// value, its default and what it does (and, for rule kinds' own keys, the kinds that read it).
/// </summary>
public static class OptionDocs
{
    /// <summary>A table of <paramref name="keys"/>; with <paramref name="kinds"/>, a column naming the kinds that read each key.</summary>
    public static string Table(IEnumerable<OptionKey> keys, bool kinds = false)
    {
        var text = new StringBuilder();
        text.Append(kinds ? "| key | kinds | value | what it does |\n| --- | --- | --- | --- |\n" : "| key | value | what it does |\n| --- | --- | --- |\n");
        foreach (var key in keys)
        {
            text.Append("| `").Append(key.Name).Append("` | ");
            if (kinds)
            {
                text.Append(string.Join(", ", (key.Kinds ?? ["every kind"]).Select(k => $"`{k}`"))).Append(" | ");
            }

            text.Append(Value(key)).Append(" | ").Append(Escape(key.Description)).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Value(OptionKey key)
    {
        var value = key.Type switch
        {
            OptionType.Flag => "`true` or `false`",
            OptionType.Number => key.Max is { } max and < int.MaxValue ? $"a whole number, {key.Min} to {max}" : $"a whole number from {key.Min}",
            OptionType.List => key.Values is { } values ? $"a list of {Choices(values, key.Negatable)}" : "a list (or one value)",
            OptionType.Pairs => key.Values is { } levels ? $"a mapping of names to {Choices(levels, false)}" : "a mapping (`this: that`)",
            OptionType.Lists => "a mapping of names to lists",
            OptionType.Mapping => $"a mapping ({key.Items!.Name})",
            OptionType.Mappings => $"a list of mappings ({key.Items!.Name})",
            OptionType.MappingOrMappings => $"a mapping or a list of them ({key.Items!.Name})",
            OptionType.TextsOrMappings => $"a list of texts or mappings ({key.Items!.Name})",
            _ => key.Values is { } choices ? Choices(choices, false) : "text",
        };
        var notes = new List<string>();
        if (key.Required)
        {
            notes.Add("required");
        }

        if (key.Default is { } written)
        {
            notes.Add($"default `{written}`");
        }

        return notes.Count == 0 ? value : $"{value} ({string.Join(", ", notes)})";
    }

    private static string Choices(IReadOnlyList<string> values, bool negatable) =>
        OptionNode.Choices([.. values.Select(v => $"`{v}`")]) + (negatable ? ", each may start with `~` to exclude" : string.Empty);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
