using Lint.Rules.Kinds;
using Lint.Rules.Loading;
using Lint.Rules.Loading.Options;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Tests.Loading;

/// <summary>
/// The key declarations and the loader agree both ways: every key declared for a kind is read by it (so the
/// README and the schemas promise nothing the loader refuses), and reading a key nobody declared is caught.
/// </summary>
public class KeyDeclarationTests
{
    private static readonly string Pack = Path.Combine(RepositoryRoot.Path, "rules");

    public static TheoryData<string, string> DeclaredKeys()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in RuleKinds.Names)
        {
            foreach (var key in RuleKeys.Rule.NamesFor(kind))
            {
                data.Add(kind, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredKeys))]
    public void Every_key_declared_for_a_kind_is_read_by_it(string kind, string key)
    {
        var yaml = WithKey(PackRule(kind), key, RuleKeys.Rule.Find(key, kind)!);

        var set = RuleLoader.Load([new RuleSource("rules/Test/Rule.yml", "Test.Rule", yaml)]);

        Assert.DoesNotContain(set.Errors, e => e.Message.StartsWith($"Unknown key '{key}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_is_declared_and_every_declared_kind_exists()
    {
        var declared = RuleKeys.Rule.Keys.SelectMany(k => k.Kinds ?? []).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(RuleKinds.Names.Order(StringComparer.Ordinal), declared);
        Assert.Equal(RuleKinds.Names, RuleKeys.Rule.Find("extends", null)!.Values);
    }

    [Fact]
    public void Reading_a_key_no_table_declares_is_a_mistake_in_Lint_and_throws()
    {
        var node = new OptionNode(new YamlMappingNode(), RuleKeys.Rule, (_, _) => { }) { Kind = "existence" };

        Assert.Throws<InvalidOperationException>(() => node.GetList("swap"));
        Assert.Throws<InvalidOperationException>(() => node.GetInt("min", 1, 100));
    }

    [Fact]
    public void An_unknown_key_names_the_keys_of_its_kind()
    {
        var errors = RuleHarness.Errors("extends: duplicates\nmessage: m\nswap:\n  a: b\n");

        Assert.Equal("Unknown key 'swap' for a rule of kind 'duplicates'. Known keys: action, description, enabled, examples, extends, fixlevel, level, limit, link, message, min, scope, tests, vocab.", Assert.Single(errors));
    }

    /// <summary>The smallest rule of each Vale kind the default pack does not use.</summary>
    private static readonly Dictionary<string, string> ValeOnly = new(StringComparer.Ordinal)
    {
        ["occurrence"] = "extends: occurrence\nmessage: m\nmax: 3\ntoken: ','\n",
        ["conditional"] = "extends: conditional\nmessage: m\nfirst: '[A-Z]{3}'\nsecond: '\\(([A-Z]{3})\\)'\n",
        ["capitalization"] = "extends: capitalization\nmessage: m\nmatch: $title\n",
        ["metric"] = "extends: metric\nmessage: m\nformula: words\ncondition: '> 1'\n",
        ["script"] = "extends: script\nmessage: m\nscript: x\n",
        ["spelling"] = "extends: spelling\nmessage: m\n",
    };

    /// <summary>The pack rule of a kind with the most keys, as a starting point that loads (a minimal one for a kind only Vale's styles use).</summary>
    private static string PackRule(string kind) =>
        Directory.GetFiles(Pack, "*.yml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "lists.yml")
            .Select(File.ReadAllText)
            .Where(t => t.StartsWith($"extends: {kind}\n", StringComparison.Ordinal) || t.Contains($"\nextends: {kind}\n", StringComparison.Ordinal))
            .OrderByDescending(t => t.Split('\n').Count(l => l.Length > 0 && char.IsLetter(l[0])))
            .FirstOrDefault() ?? ValeOnly[kind];

    /// <summary>The rule with the key added, when it does not have it, with a value of the declared shape.</summary>
    private static string WithKey(string yaml, string key, OptionKey declared)
    {
        if (yaml.StartsWith(key + ":", StringComparison.Ordinal) || yaml.Contains($"\n{key}:", StringComparison.Ordinal))
        {
            return yaml;
        }

        var value = declared.Type switch
        {
            OptionType.Flag => "false",
            OptionType.Number => declared.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "1",
            OptionType.Pairs or OptionType.Lists => "{}",
            OptionType.Mapping => "{ name: replace }",
            OptionType.List when declared.Values is { } values => $"[{values[0]}]",
            OptionType.Text when declared.Values is { } values => values[0],
            _ => "[x]",
        };
        return yaml.TrimEnd('\n') + $"\n{key}: {value}\n";
    }
}
