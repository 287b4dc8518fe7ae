using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// <c>extends: attribution</c> (Lint's own kind): AP's rule that a disputable fact the reporter did not
/// witness is attributed in the same sentence. <c>claims</c> maps each kind of claim, named as the message
/// should say it ("an accusation"), to the patterns that signal it; <c>cues</c> lists the patterns of
/// attribution ("said", "according to"); <c>carry</c> lists where else attribution may come from
/// (<c>quote</c>, <c>intro</c>, <c>next</c>, <c>previous</c>; see <see cref="Carry"/>; default: the first three).
/// The shared keys <c>ignorecase</c>, <c>nonword</c> and <c>exceptions</c> apply to both lists. The message's
/// <c>%s</c> are the claim's key phrase and its kind.
/// </summary>
public sealed class AttributionKind : RuleKind
{
    private const Carry DefaultCarry = Carry.Quote | Carry.Intro | Carry.Next;

    private static readonly Dictionary<string, Carry> CarryNames = new(StringComparer.Ordinal)
    {
        ["quote"] = Carry.Quote,
        ["intro"] = Carry.Intro,
        ["next"] = Carry.Next,
        ["previous"] = Carry.Previous,
    };

    public override string Name => "attribution";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options);
        var claims = ReadClaims(options, match);
        var cues = options.GetList("cues", required: true);
        var carry = ReadCarry(options);
        var valid = cues.All(c => RulePattern.Validate(c, options.Errors, "cue"));
        if (claims is null || cues.Count == 0 || !valid)
        {
            return null;
        }

        return new AttributionAnalyzer(rule, new AttributionOptions(claims, match.Set(cues), carry, match));
    }

    private static List<ClaimCategory>? ReadClaims(RuleNode options, MatchOptions match)
    {
        var node = options.Find("claims");
        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            options.Errors.Add(node ?? options.Mapping, "An attribution rule needs 'claims': a mapping from each kind of claim to its list of patterns.");
            return null;
        }

        var categories = new List<ClaimCategory>();
        var valid = true;
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            var patterns = value switch
            {
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().ToList(),
                YamlScalarNode scalar => [scalar],
                _ => [],
            };
            if (string.IsNullOrWhiteSpace(name) || patterns.Count == 0 || value is YamlSequenceNode s && s.Children.Count != patterns.Count)
            {
                options.Errors.Add(key, "Each entry of 'claims' is a kind of claim with a list of patterns.");
                valid = false;
                continue;
            }

            valid &= patterns.All(p => RulePattern.Validate(p, options.Errors, "claim pattern"));
            if (valid)
            {
                categories.Add(new ClaimCategory(name, match.Set(patterns)));
            }
        }

        return valid ? categories : null;
    }

    private static Carry ReadCarry(RuleNode options)
    {
        if (options.Find("carry") is null)
        {
            return DefaultCarry;
        }

        var carry = Carry.None;
        foreach (var entry in options.GetList("carry"))
        {
            if (CarryNames.TryGetValue(entry.Value ?? string.Empty, out var value))
            {
                carry |= value;
            }
            else
            {
                options.Errors.Add(entry, $"Unknown carry '{entry.Value}'. Use any of: {string.Join(", ", CarryNames.Keys)}.");
            }
        }

        return carry;
    }
}
