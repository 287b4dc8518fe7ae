namespace Lint.Rules.Loading.Options;

/// <summary>The shape of a key's value, as the reader checks it and the JSON Schema describes it.</summary>
public enum OptionType
{
    /// <summary>One value: a word, a pattern, a message.</summary>
    Text,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A whole number, within the key's range.</summary>
    Number,

    /// <summary>A list of values; a single value counts as a list of one.</summary>
    List,

    /// <summary>A mapping of one value to another ("this: that").</summary>
    Pairs,

    /// <summary>A mapping of names to lists.</summary>
    Lists,

    /// <summary>One mapping of the keys of its own table.</summary>
    Mapping,

    /// <summary>A list of mappings, each of the keys of its own table.</summary>
    Mappings,

    /// <summary>One mapping, or a list of mappings, of the keys of its own table.</summary>
    MappingOrMappings,

    /// <summary>A list of texts or mappings of the keys of its own table (a rule's examples).</summary>
    TextsOrMappings,
}
