using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading.Options;

/// <summary>
/// A key whose value maps names to lists ("an accusation: [...]", "berth: [ferry, pier]"), as the
/// attribution and confusables kinds read it. A single value counts as a list of one.
/// </summary>
public static class NamedLists
{
    /// <summary>
    /// The key's names with their entries, in file order; empty when the key is absent, null when it is
    /// malformed (each fault reported at its place). <paramref name="name"/> says what a name is ("kind of
    /// claim", "word") and <paramref name="example"/> shows an entry, for the messages. With
    /// <paramref name="allowEmpty"/> a name may have an empty list (<c>[]</c>).
    /// </summary>
    public static Dictionary<string, List<YamlScalarNode>>? Read(RuleNode options, string key, string name, string example, bool allowEmpty = false)
    {
        var result = new Dictionary<string, List<YamlScalarNode>>(StringComparer.Ordinal);
        var node = options.Find(key);
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            options.Errors.Add(node, $"'{key}' is a mapping from each {name} to its list ({example}).");
            return null;
        }

        var valid = true;
        foreach (var (label, value) in mapping.Children)
        {
            var entries = value switch
            {
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().ToList(),
                YamlScalarNode scalar => [scalar],
                _ => [],
            };
            var text = (label as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(text) || (entries.Count == 0 && !(allowEmpty && value is YamlSequenceNode)) || entries.Any(e => string.IsNullOrWhiteSpace(e.Value))
                || (value is YamlSequenceNode s && s.Children.Count != entries.Count))
            {
                options.Errors.Add(label, $"Each entry of '{key}' is a {name} with a list ({example}).");
                valid = false;
                continue;
            }

            result[text] = entries;
        }

        return valid ? result : null;
    }
}
