namespace Lint.Rules.Loading.Options;

/// <summary>
/// The keys one kind of YAML mapping may have (the top of a rule file, a sequence token, a config file, an
/// override). A name may be declared more than once for different rule kinds, when its shape differs
/// between them (<c>tokens</c> is a list of words for existence, a list of mappings for sequence).
/// </summary>
public sealed class KeyTable(string name, IReadOnlyList<OptionKey> keys)
{
    /// <summary>What the mapping is, as a file's author knows it ("rule", "sequence token", "config file").</summary>
    public string Name { get; } = name;

    public IReadOnlyList<OptionKey> Keys { get; } = keys;

    /// <summary>The declaration of <paramref name="key"/> that applies to rules of <paramref name="kind"/> (any, when null).</summary>
    public OptionKey? Find(string key, string? kind) => Keys.FirstOrDefault(k => k.Name == key && k.UsedBy(kind));

    /// <summary>The names a mapping of <paramref name="kind"/> may have, in declaration order.</summary>
    public IEnumerable<string> NamesFor(string? kind) => Keys.Where(k => k.UsedBy(kind)).Select(k => k.Name).Distinct();
}
