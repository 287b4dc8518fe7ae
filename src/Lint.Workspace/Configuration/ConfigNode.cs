using Lint.Diagnostics;
using Lint.Rules.Loading.Options;
using YamlDotNet.RepresentationModel;

namespace Lint.Workspace.Configuration;

/// <summary>
/// A mapping of a config file, read by the same <see cref="OptionNode"/> as rule files, against the keys
/// <see cref="ConfigKeys"/> declares: each read marks its key as known, and keys nobody read, values of the
/// wrong type and bad values are errors at their line and column. Values come back with where they were
/// written, for errors about them later.
/// </summary>
public sealed class ConfigNode
{
    private readonly OptionNode _node;
    private readonly List<ConfigError> _errors;

    public ConfigNode(YamlMappingNode mapping, string path, List<ConfigError> errors, KeyTable? keys = null)
    {
        Path = path;
        _errors = errors;
        _node = new OptionNode(mapping, keys ?? ConfigKeys.File, (mark, message) => errors.Add(new ConfigError(path, Line(mark.Line), Line(mark.Column), message)));
    }

    public string Path { get; }

    public YamlMappingNode Mapping => _node.Mapping;

    public void Error(YamlNode node, string message) => _node.Report(node, message);

    public void Error(ConfigEntry entry, string message) => _errors.Add(entry.Error(message));

    public ConfigEntry? GetScalar(string key) => _node.GetScalar(key) is { Value: { } value } scalar ? Entry(scalar, value) : null;

    public bool? GetBool(string key) => _node.GetFlag(key);

    /// <summary>A level, one of the values the key's declaration allows ("none" is no level). Null when absent.</summary>
    public (Severity? Level, bool Set) GetLevel(string key) =>
        _node.GetChoice(key) is { Value: { } value } && LevelNames.TryParse(value, allowNone: true, out var level) ? (level, true) : (null, false);

    /// <summary>A list of values; a single value counts as a list of one.</summary>
    public IReadOnlyList<ConfigEntry> GetList(string key)
    {
        var entries = new List<ConfigEntry>();
        foreach (var scalar in _node.GetList(key))
        {
            if (string.IsNullOrEmpty(scalar.Value))
            {
                Error(scalar, $"Each entry of '{key}' must be a single, non-empty value.");
            }
            else
            {
                entries.Add(Entry(scalar, scalar.Value));
            }
        }

        return entries;
    }

    /// <summary>A mapping of names to values, such as <c>severity: { Newsroom.Spellings: error }</c>.</summary>
    public IReadOnlyList<(ConfigEntry Key, ConfigEntry Value)> GetPairs(string key) =>
        [.. _node.GetPairs(key).Select(p => (Entry(p.Key, p.Key.Value ?? string.Empty), Entry(p.Value, p.Value.Value ?? string.Empty)))];

    /// <summary>A list of mappings, such as <c>overrides</c>; each comes back as a node of its own, read against the key's table.</summary>
    public IReadOnlyList<ConfigNode> GetMappings(string key)
    {
        var items = _node.Keys?.Find(key, null)?.Items;
        return [.. _node.GetMappings(key).Select(m => new ConfigNode(m, Path, _errors, items))];
    }

    /// <summary>Reports every key that no reader asked for, naming the keys that are known here.</summary>
    public void ReportUnknownKeys(string where) => _node.ReportUnknown(where);

    private ConfigEntry Entry(YamlNode node, string value) => new(value, Path, Line(node.Start.Line), Line(node.Start.Column));

    private static int Line(long value) => (int)Math.Max(1, value);
}
