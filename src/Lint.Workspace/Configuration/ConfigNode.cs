using Lint.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Lint.Workspace.Configuration;

/// <summary>
/// A mapping of a config file, read key by key as a rule file is: each read marks its key as known, and
/// keys nobody read, values of the wrong type and bad values are errors at their line and column.
/// </summary>
public sealed class ConfigNode(YamlMappingNode mapping, string path, List<ConfigError> errors)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public YamlMappingNode Mapping { get; } = mapping;

    public void Error(YamlNode node, string message) =>
        errors.Add(new ConfigError(Path, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column), message));

    public void Error(ConfigEntry entry, string message) => errors.Add(entry.Error(message));

    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return Mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: { } name } && name == key).Value;
    }

    public ConfigEntry? GetScalar(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } scalar)
        {
            return Entry(scalar, value);
        }

        Error(node, $"'{key}' must be a single value, not a list or a mapping.");
        return null;
    }

    public bool? GetBool(string key)
    {
        var entry = GetScalar(key);
        switch (entry?.Value)
        {
            case null:
                return null;
            case "true" or "True" or "yes":
                return true;
            case "false" or "False" or "no":
                return false;
            default:
                errors.Add(entry.Error($"'{key}' must be true or false, not '{entry.Value}'."));
                return null;
        }
    }

    /// <summary>A level: error, warning or suggestion (and "none" where <paramref name="allowNone"/>). Null when absent.</summary>
    public (Severity? Level, bool Set) GetLevel(string key, bool allowNone)
    {
        var entry = GetScalar(key);
        if (entry is null)
        {
            return (null, false);
        }

        if (LevelNames.TryParse(entry.Value, allowNone, out var level))
        {
            return (level, true);
        }

        errors.Add(entry.Error($"'{key}' must be {(allowNone ? "error, warning, suggestion or none" : "error, warning or suggestion")}, not '{entry.Value}'."));
        return (null, false);
    }

    /// <summary>A list of values; a single value counts as a list of one.</summary>
    public IReadOnlyList<ConfigEntry> GetList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } value } scalar:
                return [Entry(scalar, value)];
            case YamlSequenceNode sequence:
                var entries = new List<ConfigEntry>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } itemScalar && value.Length > 0)
                    {
                        entries.Add(Entry(itemScalar, value));
                    }
                    else
                    {
                        Error(item, $"Each entry of '{key}' must be a single, non-empty value.");
                    }
                }

                return entries;
            case var other:
                Error(other, $"'{key}' must be a list.");
                return [];
        }
    }

    /// <summary>A mapping of names to values, such as <c>severity: { Newsroom.Spellings: error }</c>.</summary>
    public IReadOnlyList<(ConfigEntry Key, ConfigEntry Value)> GetPairs(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode pairs)
        {
            Error(node, $"'{key}' must be a mapping of 'name: value' entries.");
            return [];
        }

        var result = new List<(ConfigEntry, ConfigEntry)>();
        foreach (var (k, v) in pairs.Children)
        {
            if (k is YamlScalarNode { Value: { } name } ks && v is YamlScalarNode { Value: { } value } vs)
            {
                result.Add((Entry(ks, name), Entry(vs, value)));
            }
            else
            {
                Error(k, $"Each entry of '{key}' must be 'name: value'.");
            }
        }

        return result;
    }

    /// <summary>A list of mappings, such as <c>overrides</c>; each comes back as a node of its own.</summary>
    public IReadOnlyList<ConfigNode> GetMappings(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list of mappings ('- files: ...').");
            return [];
        }

        var result = new List<ConfigNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode itemMapping)
            {
                result.Add(new ConfigNode(itemMapping, Path, errors));
            }
            else
            {
                Error(item, $"Each entry of '{key}' must be a mapping of keys.");
            }
        }

        return result;
    }

    /// <summary>Reports every key that no reader asked for, naming the keys that are known here.</summary>
    public void ReportUnknownKeys(string where)
    {
        foreach (var key in Mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                Error(key, $"Unknown key '{name}' {where}. Known keys: {string.Join(", ", _read.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    private ConfigEntry Entry(YamlNode node, string value) =>
        new(value, Path, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));
}
