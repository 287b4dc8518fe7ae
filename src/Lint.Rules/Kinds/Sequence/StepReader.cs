using System.Collections.Frozen;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>Reads the entries of a sequence rule's <c>tokens</c> list, reporting bad keys and values where they are.</summary>
internal sealed class StepReader(RuleErrors errors, bool ignoreCase, LiteralCatalog literals)
{
    private static readonly string[] TestKeys = ["pattern", "tag", "word", "lemma", "name", "role", "common", "typo", "start", "not"];

    public SequenceStep? Read(YamlNode entry)
    {
        if (entry is not YamlMappingNode mapping)
        {
            errors.Add(entry, "Each entry of 'tokens' must be a mapping of keys such as 'word', 'tag' or 'pattern'.");
            return null;
        }

        var node = new RuleNode(mapping, errors, literals, SequenceKeys.Token);
        var test = ReadTest(node);
        var negate = node.GetBool("negate", false);
        var skip = node.GetInt("skip", 0, 20) ?? 0;
        var (gap, gapBefore, gapValid) = node.Find("gap") is { } gapNode ? ReadGap(gapNode) : (null, null, true);
        var before = node.GetScalar("before");
        var report = node.GetBool("report", false);
        var swap = node.GetString("swap");
        node.ReportUnknownKeys("sequence");
        var beforeValid = before is null || RulePattern.Validate(before, errors, "'before' pattern");
        if (test is null || !beforeValid || !gapValid)
        {
            return null;
        }

        return new SequenceStep(test, negate, skip, gap, gapBefore, Punctuation(before), report, swap);
    }

    /// <summary>A <c>gap</c>: its tests, and the punctuation its <c>before</c> allows.</summary>
    private (TokenTest? Test, System.Text.RegularExpressions.Regex? Before, bool Valid) ReadGap(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node, "'gap' must be a mapping of token keys such as 'tag' or 'word'.");
            return (null, null, false);
        }

        var gap = new RuleNode(mapping, errors, literals, SequenceKeys.Gap);
        var before = gap.GetScalar("before");

        // A gap of punctuation alone ({before: ','}) lets any word be skipped.
        var onlyBefore = before is not null && mapping.Children.Count == 1;
        var test = onlyBefore ? null : ReadTest(gap);
        gap.ReportUnknownKeys("sequence");
        var valid = (onlyBefore || test is not null) && (before is null || RulePattern.Validate(before, errors, "'before' pattern"));
        return (test, valid ? Punctuation(before) : null, valid);
    }

    private static System.Text.RegularExpressions.Regex? Punctuation(YamlScalarNode? before) =>
        before is null ? null : RulePattern.Compile($"^(?:{before.Value})$", ignoreCase: false, compiled: false);

    private TokenTest? ReadNested(YamlNode node, string key)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node, $"'{key}' must be a mapping of token keys such as 'tag' or 'word'.");
            return null;
        }

        var nested = new RuleNode(mapping, errors, literals, SequenceKeys.Test);
        var test = ReadTest(nested);
        nested.ReportUnknownKeys("sequence");
        return test;
    }

    private List<TokenTest?> ReadNots(YamlNode node) =>
        node is YamlSequenceNode list ? [.. list.Children.Select(n => ReadNested(n, "not"))] : [ReadNested(node, "not")];

    private TokenTest? ReadTest(RuleNode node)
    {
        if (!TestKeys.Any(k => node.Mapping.Children.ContainsKey(new YamlScalarNode(k))))
        {
            errors.Add(node.Mapping, $"A token needs at least one of: {string.Join(", ", TestKeys)}.");
            return null;
        }

        var pattern = node.GetScalar("pattern");
        var tag = node.GetScalar("tag");
        var words = node.GetList("word");
        var lemmas = node.GetList("lemma");
        var names = ReadNames(node);
        var role = node.Has("role") ? node.GetBool("role", true) : (bool?)null;
        var common = node.Has("common") ? node.GetBool("common", true) : (bool?)null;
        var typo = node.Has("typo") ? node.GetBool("typo", true) : (bool?)null;
        var start = node.GetBool("start", false);
        var not = node.Find("not") is { } notNode ? ReadNots(notNode) : [];
        var valid = (pattern is null || RulePattern.Validate(pattern, errors, "pattern"))
            && (tag is null || RulePattern.Validate(tag, errors, "tag"));
        if (!valid || not.Any(n => n is null))
        {
            return null;
        }

        return new TokenTest
        {
            Pattern = pattern is null ? null : RulePattern.Compile($"^(?:{pattern.Value})$", ignoreCase, compiled: false),
            Tag = tag is null ? null : RulePattern.Compile($"^(?:{tag.Value})$", ignoreCase: false, compiled: false),
            Words = Lowered(words),
            Lemmas = Lowered(lemmas),
            Names = names,
            Role = role,
            Common = common,
            Typo = typo,
            Start = start,
            Not = [.. not.OfType<TokenTest>()],
        };
    }

    private NameKinds ReadNames(RuleNode node)
    {
        var kinds = NameKinds.None;
        foreach (var entry in node.GetList("name"))
        {
            if (Enum.TryParse<NameKinds>(entry.Value, ignoreCase: true, out var kind) && kind != NameKinds.None
                && Enum.IsDefined(kind) && !int.TryParse(entry.Value, out _))
            {
                kinds |= kind;
            }
            else
            {
                var known = Enum.GetNames<NameKinds>().Where(n => n != nameof(NameKinds.None)).Select(n => n.ToLowerInvariant());
                errors.Add(entry, $"Unknown name kind '{entry.Value}'. Use any of: {string.Join(", ", known)}.");
            }
        }

        return kinds;
    }

    private static FrozenSet<string>? Lowered(IReadOnlyList<YamlScalarNode> entries) =>
        entries.Count == 0 ? null : entries.Select(e => (e.Value ?? string.Empty).ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
}
