using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Examples;

/// <summary>
/// One example in a rule file. Its text marks what the rule must flag with <c>[|...|]</c> (or
/// <c>{|Rule.Id:...|}</c>); a text without marks must not be flagged at all. <see cref="Fixed"/>, when
/// given, is the text after applying the rule's fixes.
/// </summary>
public sealed record RuleExample(int Line, string Text, string? Fixed)
{
    public bool ExpectsFindings => ExampleMarkup.Parse(Text).Spans.Count > 0;

    internal static IReadOnlyList<RuleExample> Read(RuleNode node)
    {
        var examplesNode = node.Find("examples");
        if (examplesNode is null)
        {
            return [];
        }

        if (examplesNode is not YamlSequenceNode sequence)
        {
            node.Errors.Add(examplesNode, "'examples' must be a list of example texts.");
            return [];
        }

        var examples = new List<RuleExample>();
        foreach (var item in sequence.Children)
        {
            var example = item switch
            {
                YamlScalarNode scalar => new RuleExample((int)scalar.Start.Line, scalar.Value ?? string.Empty, null),
                YamlMappingNode mapping => ReadMapping(mapping, node.Errors),
                _ => null,
            };
            if (example is null)
            {
                node.Errors.Add(item, "An example is a text, or a mapping with 'text' and 'fixed'.");
                continue;
            }

            var markup = ExampleMarkup.Parse(example.Text);
            if (markup.Error is not null)
            {
                node.Errors.Add(item, $"The example's markup is broken: {markup.Error}");
                continue;
            }

            examples.Add(example);
        }

        return examples;
    }

    private static RuleExample? ReadMapping(YamlMappingNode mapping, RuleErrors errors)
    {
        string? text = null;
        string? fixedText = null;
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            var scalar = (value as YamlScalarNode)?.Value;
            switch (name)
            {
                case "text" when scalar is not null:
                    text = scalar;
                    break;
                case "fixed" when scalar is not null:
                    fixedText = scalar;
                    break;
                default:
                    errors.Add(key, $"An example takes 'text' and 'fixed', not '{name}'.");
                    break;
            }
        }

        return text is null ? null : new RuleExample((int)mapping.Start.Line, text, fixedText);
    }
}
