using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Loading.Options;
using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// <c>extends: attribution</c> (Lint's own kind): AP's rule that a disputable fact the reporter did not
/// witness is attributed in the same sentence. <c>claims</c> maps each kind of claim, named as the message
/// should say it ("an accusation"), to the patterns that signal it, and <c>phrases</c> to phrases of lemmas
/// (<see cref="LemmaPhrase"/>: "funnel ... money" covers every inflection); <c>cues</c> lists the patterns of
/// attribution ("said", "according to"); <c>carry</c> lists where else attribution may come from
/// (<c>quote</c>, <c>intro</c>, <c>next</c>, <c>previous</c>; see <see cref="Carry"/>; default: the first three);
/// <c>standalone</c> names the kinds of claim that <c>previous</c> does not cover (a forecast needs its forecaster).
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
        Lexicon.Preload();
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
        var patterns = NamedLists.Read(options, "claims", "kind of claim", "'an accusation: [...]'");
        var phrases = NamedLists.Read(options, "phrases", "kind of claim", "'an accusation: [...]'");
        if (patterns is null || phrases is null)
        {
            return null;
        }

        var names = patterns.Keys.Concat(phrases.Keys).Distinct(StringComparer.Ordinal).ToList();
        var standalone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in options.GetList("standalone"))
        {
            if (names.Contains(entry.Value ?? string.Empty, StringComparer.Ordinal))
            {
                standalone.Add(entry.Value!);
            }
            else
            {
                options.Errors.Add(entry, $"'standalone' names '{entry.Value}', which is no kind of claim in 'claims' or 'phrases'. Use any of: {string.Join(", ", names)}.");
                return null;
            }
        }

        if (patterns.Count == 0 && phrases.Count == 0)
        {
            options.Errors.Add(options.Mapping, "An attribution rule needs 'claims' (patterns) or 'phrases' (lemma phrases): a mapping from each kind of claim to its list.");
            return null;
        }

        var valid = true;
        var categories = new List<ClaimCategory>();
        foreach (var name in names)
        {
            var signals = patterns.GetValueOrDefault(name);
            valid &= signals is null || signals.All(p => RulePattern.Validate(p, options.Errors, "claim pattern"));
            var parsed = new List<LemmaPhrase>();
            foreach (var node in phrases.GetValueOrDefault(name) ?? [])
            {
                if (LemmaPhrase.Parse(node.Value ?? string.Empty, out var error) is { } phrase)
                {
                    parsed.Add(phrase);
                }
                else
                {
                    options.Errors.Add(node, $"The phrase '{node.Value}' cannot be read: {error}");
                    valid = false;
                }
            }

            if (valid)
            {
                categories.Add(new ClaimCategory(name, signals is null ? null : match.Set(signals), parsed, standalone.Contains(name)));
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
