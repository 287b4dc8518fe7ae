using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading.Options;

/// <summary>
/// The one typed reader for the YAML of rule files and config files: a mapping read key by key against the
/// <see cref="KeyTable"/> that declares its keys. Each read marks its key as known; a key that nobody read,
/// or that the table does not declare (for the rule's kind), is reported as unknown, naming the keys that
/// are known. Wrong shapes and values are reported where they are, through <paramref name="report"/>.
/// Reading a key the table does not declare is a mistake in Lint itself, and throws.
/// </summary>
public class OptionNode(YamlMappingNode mapping, KeyTable? keys, Action<Mark, string> report)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMappingNode Mapping { get; } = mapping;

    /// <summary>The declarations this mapping is read against; null for a mapping read without any.</summary>
    public KeyTable? Keys { get; } = keys;

    /// <summary>The rule kind whose keys apply, once known (its <c>extends</c>); null for every kind.</summary>
    public string? Kind { get; set; }

    /// <summary>The keys read so far, whether the mapping has them or not.</summary>
    public IReadOnlyCollection<string> ReadKeys => _read;

    public void Report(YamlNode node, string message) => report(node.Start, message);

    public YamlNode? Find(string key)
    {
        if (Keys is not null && Keys.Find(key, Kind) is null)
        {
            throw new InvalidOperationException($"Lint reads the key '{key}' of a {Keys.Name} ({Kind ?? "any kind"}) but does not declare it.");
        }

        _read.Add(key);
        foreach (var (k, v) in Mapping.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v;
            }
        }

        return null;
    }

    public bool Has(string key) => Find(key) is not null;

    public YamlScalarNode? GetScalar(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                report(Mapping.Start, $"The {Subject} needs {A(key)} '{key}' key.");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        Report(node, $"'{key}' must be a single value, not a list or a mapping.");
        return null;
    }

    public string? GetString(string key, bool required = false)
    {
        var scalar = GetScalar(key, required);
        if (scalar is not null && required && (string.IsNullOrWhiteSpace(scalar.Value) || IsNull(scalar)))
        {
            Report(scalar, $"'{key}' must not be empty.");
        }

        return scalar?.Value;
    }

    /// <summary>One of the values the key's declaration allows; null when absent or not allowed (reported).</summary>
    public YamlScalarNode? GetChoice(string key)
    {
        var scalar = GetScalar(key);
        var allowed = Keys?.Find(key, Kind)?.Values;
        if (scalar is null || allowed is null || allowed.Contains(scalar.Value ?? string.Empty, StringComparer.Ordinal))
        {
            return scalar;
        }

        Report(scalar, $"'{key}' must be {Choices(allowed)}, not '{scalar.Value}'.");
        return null;
    }

    /// <summary>true or false; null when absent or neither (reported).</summary>
    public bool? GetFlag(string key)
    {
        var scalar = GetScalar(key);
        switch (scalar?.Value)
        {
            case null:
                return null;
            case "true" or "True" or "yes":
                return true;
            case "false" or "False" or "no":
                return false;
            default:
                Report(scalar, $"'{key}' must be true or false, not '{scalar.Value}'.");
                return null;
        }
    }

    public bool GetBool(string key, bool defaultValue) => GetFlag(key) ?? defaultValue;

    public int? GetInt(string key, int min, int max)
    {
        if (Keys?.Find(key, Kind) is { } declared && (declared.Min != min || declared.Max != max))
        {
            throw new InvalidOperationException($"'{key}' is read as {min} to {max} but declared as {declared.Min} to {declared.Max}.");
        }

        var scalar = GetScalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Report(scalar, $"'{key}' must be a whole number from {min} to {max}, not '{scalar.Value}'.");
        return null;
    }

    /// <summary>The non-empty entries of a list of words or phrases.</summary>
    public IEnumerable<string> GetWords(string key) =>
        GetList(key).Select(v => v.Value ?? string.Empty).Where(v => v.Length > 0);

    /// <summary>A list of single values; a single value counts as a list of one.</summary>
    public IReadOnlyList<YamlScalarNode> GetList(string key, bool required = false)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    report(Mapping.Start, $"The {Subject} needs {A(key)} '{key}' key with at least one entry.");
                }

                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                Report(scalar, $"'{key}' has no value ({Nothing(scalar)}): give it one.");
                return [];
            case YamlScalarNode scalar:
                return [scalar];
            case YamlSequenceNode sequence:
                var items = new List<YamlScalarNode>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode empty && IsNull(empty))
                    {
                        Report(empty, $"An entry of '{key}' has no value ({Nothing(empty)}): quote it if you mean the text.");
                    }
                    else if (item is YamlScalarNode s)
                    {
                        items.Add(s);
                    }
                    else
                    {
                        Report(item, $"Each entry of '{key}' must be a single value.");
                    }
                }

                if (required && items.Count == 0)
                {
                    Report(node, $"'{key}' needs at least one entry.");
                }

                return items;
            default:
                Report(node, $"'{key}' must be a list.");
                return [];
        }
    }

    /// <summary>A mapping of values to values, such as Vale's <c>swap</c> and <c>either</c>.</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlScalarNode Value)> GetPairs(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                report(Mapping.Start, $"The {Subject} needs {A(key)} '{key}' mapping with at least one entry.");
            }

            return [];
        }

        if (node is not YamlMappingNode pairsNode)
        {
            Report(node, $"'{key}' must be a mapping of 'this: that' entries.");
            return [];
        }

        var pairs = new List<(YamlScalarNode, YamlScalarNode)>();
        foreach (var (k, v) in pairsNode.Children)
        {
            if (k is YamlScalarNode ks && v is YamlScalarNode vs)
            {
                pairs.Add((ks, vs));
            }
            else
            {
                Report(k, $"Each entry of '{key}' must be 'text: text'.");
            }
        }

        if (required && pairs.Count == 0)
        {
            Report(node, $"'{key}' needs at least one entry.");
        }

        return pairs;
    }

    /// <summary>A list of mappings, such as a config file's <c>overrides</c>.</summary>
    public IReadOnlyList<YamlMappingNode> GetMappings(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"'{key}' must be a list of mappings ('- {FirstKey(key)}: ...').");
            return [];
        }

        var result = new List<YamlMappingNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode itemMapping)
            {
                result.Add(itemMapping);
            }
            else
            {
                Report(item, $"Each entry of '{key}' must be a mapping of keys.");
            }
        }

        return result;
    }

    /// <summary>Reports every key that nobody read or that is not declared here, naming the keys that are known.</summary>
    public void ReportUnknown(string where)
    {
        foreach (var key in Mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && (!_read.Contains(name) || (Keys is not null && Keys.Find(name, Kind) is null)))
            {
                Report(key, $"Unknown key '{name}' {where}. Known keys: {string.Join(", ", Known)}.");
            }
        }
    }

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's null, never a word or a pattern.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>"a, b or c".</summary>
    public static string Choices(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}";

    private string Subject => Keys?.Name ?? "mapping";

    private IEnumerable<string> Known =>
        (Keys?.NamesFor(Kind) ?? _read).Order(StringComparer.Ordinal);

    private string FirstKey(string key) => Keys?.Find(key, Kind)?.Items?.Keys.FirstOrDefault()?.Name ?? "key";

    /// <summary>"a" or "an" before a key's name, as it is read ("an 'extends' key").</summary>
    private static string A(string key) => key.Length > 0 && "aeiou".Contains(key[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Nothing(YamlScalarNode scalar) =>
        string.IsNullOrEmpty(scalar.Value) ? "it is empty" : $"a plain '{scalar.Value}' is YAML for nothing";
}
