using Lint.Rules.Matching;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading;

/// <summary>
/// The mapping at the top of a rule file, read key by key. Each read marks its key as known; a key that
/// nobody read is reported as unknown, with its line and column. Wrong types are reported where they are.
/// </summary>
public sealed class RuleNode(YamlMappingNode mapping, RuleErrors errors, LiteralCatalog? literals = null)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Where the rule's pattern sets put their literals, shared by the rules loaded together.</summary>
    public LiteralCatalog Literals { get; } = literals ?? new LiteralCatalog();

    public RuleErrors Errors { get; } = errors;

    public YamlMappingNode Mapping { get; } = mapping;

    public YamlNode? Find(string key)
    {
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
                Errors.Add(Mapping, $"The rule needs {A(key)} '{key}' key.");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        Errors.Add(node, $"'{key}' must be a single value, not a list or a mapping.");
        return null;
    }

    public string? GetString(string key, bool required = false)
    {
        var scalar = GetScalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (required && (string.IsNullOrWhiteSpace(scalar.Value) || IsNull(scalar)))
        {
            Errors.Add(scalar, $"'{key}' must not be empty.");
        }

        return scalar.Value;
    }

    public bool GetBool(string key, bool defaultValue)
    {
        var scalar = GetScalar(key);
        if (scalar is null)
        {
            return defaultValue;
        }

        switch (scalar.Value)
        {
            case "true" or "True" or "yes":
                return true;
            case "false" or "False" or "no":
                return false;
            default:
                Errors.Add(scalar, $"'{key}' must be true or false, not '{scalar.Value}'.");
                return defaultValue;
        }
    }

    public int? GetInt(string key, int min, int max)
    {
        var scalar = GetScalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Errors.Add(scalar, $"'{key}' must be a whole number from {min} to {max}, not '{scalar.Value}'.");
        return null;
    }

    /// <summary>A list of strings; a single string counts as a list of one.</summary>
    /// <summary>The non-empty entries of a list of words or phrases.</summary>
    public IEnumerable<string> GetWords(string key) =>
        GetList(key).Select(v => v.Value ?? string.Empty).Where(v => v.Length > 0);

    public IReadOnlyList<YamlScalarNode> GetList(string key, bool required = false)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Errors.Add(Mapping, $"The rule needs {A(key)} '{key}' key with at least one entry.");
                }

                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                Errors.Add(scalar, $"'{key}' has no value ({Nothing(scalar)}): give it one.");
                return [];
            case YamlScalarNode scalar:
                return [scalar];
            case YamlSequenceNode sequence:
                var items = new List<YamlScalarNode>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode empty && IsNull(empty))
                    {
                        Errors.Add(empty, $"An entry of '{key}' has no value ({Nothing(empty)}): quote it if you mean the text.");
                    }
                    else if (item is YamlScalarNode s)
                    {
                        items.Add(s);
                    }
                    else
                    {
                        Errors.Add(item, $"Each entry of '{key}' must be a single value.");
                    }
                }

                if (required && items.Count == 0)
                {
                    Errors.Add(node, $"'{key}' needs at least one entry.");
                }

                return items;
            default:
                Errors.Add(node, $"'{key}' must be a list.");
                return [];
        }
    }

    /// <summary>A mapping of strings to strings, such as Vale's <c>swap</c> and <c>either</c>.</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlScalarNode Value)> GetPairs(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Errors.Add(Mapping, $"The rule needs {A(key)} '{key}' mapping with at least one entry.");
            }

            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Errors.Add(node, $"'{key}' must be a mapping of 'this: that' entries.");
            return [];
        }

        var pairs = new List<(YamlScalarNode, YamlScalarNode)>();
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode ks && v is YamlScalarNode vs)
            {
                pairs.Add((ks, vs));
            }
            else
            {
                Errors.Add(k, $"Each entry of '{key}' must be 'text: text'.");
            }
        }

        if (required && pairs.Count == 0)
        {
            Errors.Add(node, $"'{key}' needs at least one entry.");
        }

        return pairs;
    }

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's null, never a word or a pattern.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>"a" or "an" before a key's name, as it is read ("an 'extends' key").</summary>
    private static string A(string key) => key.Length > 0 && "aeiou".Contains(key[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Nothing(YamlScalarNode scalar) =>
        string.IsNullOrEmpty(scalar.Value) ? "it is empty" : $"a plain '{scalar.Value}' is YAML for nothing";

    /// <summary>Reports every key that no reader asked for.</summary>
    public void ReportUnknownKeys(string kind)
    {
        foreach (var key in Mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                Errors.Add(key, $"Unknown key '{name}' for a rule of kind '{kind}'.");
            }
        }
    }
}
