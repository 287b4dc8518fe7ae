using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading;

/// <summary>
/// Named word lists, written once in a <c>lists.yml</c> and used by any rule in its folder or below: a
/// pattern refers to one as <c>{{list: name}}</c>, which stands for its entries as alternatives,
/// <c>(?:first|second|...)</c>. Entries are patterns, as <c>tokens</c> are. An item of a list of words written
/// <c>{{words: name}}</c> stands for the entries themselves, each an item (<c>particles: ['{{words: particles}}', y]</c>).
/// Where two files name the same list, the one nearest the rule wins.
/// </summary>
public sealed partial class WordLists
{
    /// <summary>Keys whose values are prose or settings, never patterns: a reference there is left as written.</summary>
    private static readonly HashSet<string> Prose = new(StringComparer.Ordinal) { "extends", "message", "level", "description", "link", "examples" };

    private readonly List<(string Folder, Dictionary<string, NamedList> Lists)> _files = [];

    public static WordLists None { get; } = new();

    /// <summary>True for a file of lists (<c>lists.yml</c>), which is not a rule.</summary>
    public static bool IsListFile(RuleSource source) => Path.GetFileName(source.Path) is "lists.yml" or "lists.yaml";

    public static WordLists Read(IEnumerable<RuleSource> sources, List<RuleError> errors, RuleLimits? limits = null)
    {
        var lists = new WordLists();
        foreach (var source in sources)
        {
            var fileErrors = new RuleErrors(source.Path, limits);
            var mapping = RuleYaml.Parse(source.Text, fileErrors);
            var named = new Dictionary<string, NamedList>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                var name = ((YamlScalarNode)key).Value ?? string.Empty;
                if (!NameShape().IsMatch(name))
                {
                    fileErrors.Add(key, $"A list's name is letters, digits, '-' and '_', not '{name}'.");
                }
                else if (Entries(name, value, fileErrors) is { } entries)
                {
                    named[name] = new NamedList(entries, $"(?:{string.Join('|', entries)})");
                }
            }

            errors.AddRange(fileErrors.All);
            lists._files.Add((Folder(source.Path), named));
        }

        lists._files.Sort((a, b) => b.Folder.Length.CompareTo(a.Folder.Length));
        return lists;
    }

    /// <summary>Replaces each <c>{{list: name}}</c> in the patterns of a rule with its list; a name no list has is an error there.</summary>
    public void Expand(YamlMappingNode rule, string rulePath, RuleErrors errors)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>(rule.Children.Where(p => p.Key is not YamlScalarNode { Value: { } key } || !Prose.Contains(key)).Select(p => p.Value));
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode { Value: { } value } scalar when value.Contains("{{", StringComparison.Ordinal):
                    if (WordsReference().IsMatch(value))
                    {
                        errors.Add(scalar, "{{words: name}} stands for a list's words, each an item of a list of words ([..., '{{words: name}}']); inside a pattern write {{list: name}}.");
                    }

                    scalar.Value = Reference().Replace(value, m => Find(rulePath, m.Groups["name"].Value)?.Pattern ?? Missing(scalar, m, errors));
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    Splice(sequence, rulePath, errors);
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }

    /// <summary>Replaces each item of <paramref name="sequence"/> written <c>{{words: name}}</c> with the list's entries, each an item.</summary>
    private void Splice(YamlSequenceNode sequence, string rulePath, RuleErrors errors)
    {
        for (var i = sequence.Children.Count - 1; i >= 0; i--)
        {
            if (sequence.Children[i] is not YamlScalarNode { Value: { } value } scalar || WordsReference().Match(value) is not { Success: true } reference || reference.Length != value.Length)
            {
                continue;
            }

            var entries = Find(rulePath, reference.Groups["name"].Value)?.Entries;
            if (entries is null)
            {
                Missing(scalar, reference, errors);
            }

            sequence.Children.RemoveAt(i);
            for (var e = (entries?.Count ?? 0) - 1; e >= 0; e--)
            {
                sequence.Children.Insert(i, new YamlScalarNode(entries![e]));
            }
        }
    }

    private NamedList? Find(string rulePath, string name)
    {
        var path = rulePath.Replace('\\', '/');
        foreach (var (folder, lists) in _files)
        {
            if ((folder.Length == 0 || path.StartsWith(folder + "/", StringComparison.Ordinal)) && lists.TryGetValue(name, out var entries))
            {
                return entries;
            }
        }

        return null;
    }

    private static string Missing(YamlScalarNode scalar, Match reference, RuleErrors errors)
    {
        errors.Add(scalar, $"No word list is named '{reference.Groups["name"].Value}': a list is written in a lists.yml in the rule's folder or a folder above it.");
        return reference.Value;
    }

    private static List<string>? Entries(string name, YamlNode value, RuleErrors errors)
    {
        if (value is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            errors.Add(value, $"The list '{name}' must be a list with at least one entry.");
            return null;
        }

        var entries = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !RuleNode.IsNull(scalar) && scalar.Value!.Length > 0)
            {
                entries.Add(scalar.Value);
            }
            else
            {
                errors.Add(item, $"Each entry of the list '{name}' must be a single, non-empty value.");
            }
        }

        return entries.Count == sequence.Children.Count ? entries : null;
    }

    private static string Folder(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized[..slash];
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\{\{\s*list:\s*(?<name>[A-Za-z0-9_-]+)\s*\}\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\{\{\s*words:\s*(?<name>[A-Za-z0-9_-]+)\s*\}\}")]
    private static partial Regex WordsReference();

    /// <summary>A list's entries, and the same as alternatives of a pattern, joined once when the list is read.</summary>
    private sealed record NamedList(List<string> Entries, string Pattern);
}
