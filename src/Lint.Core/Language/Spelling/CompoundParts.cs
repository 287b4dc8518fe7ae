using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Language.Spelling;

/// <summary>
/// Hunspell's <c>COMPOUNDRULE</c>: a pattern of flags ("n*1t": any words flagged n, a word flagged 1, then
/// one flagged t, as in 11th) made into a regex over the words that carry those flags.
/// </summary>
internal sealed class CompoundParts(AffixFile affixes)
{
    private readonly Dictionary<int, List<string>> _parts = [];

    public void Add(string stem, int[] flags)
    {
        if (affixes.CompoundRules.Count == 0)
        {
            return;
        }

        foreach (var flag in flags)
        {
            if (!_parts.TryGetValue(flag, out var words))
            {
                _parts[flag] = words = [];
            }

            words.Add(stem);
        }
    }

    public List<Regex> Rules()
    {
        var rules = new List<Regex>();
        foreach (var rule in affixes.CompoundRules)
        {
            var pattern = new StringBuilder("^(?:");
            for (var i = 0; i < rule.Length; i++)
            {
                if (rule[i] is '*' or '?')
                {
                    pattern.Append(rule[i]);
                    continue;
                }

                var close = rule[i] == '(' ? rule.IndexOf(')', i) : -1;
                var flagText = close > i ? rule[(i + 1)..close] : rule[i].ToString();
                i = close > i ? close : i;
                var words = Flags.ParseOne(flagText, affixes.Format) is { } flag ? _parts.GetValueOrDefault(flag) : null;
                pattern.Append("(?:").AppendJoin('|', (words ?? ["(?!)"]).Select(w => words is null ? w : Regex.Escape(w))).Append(')');
            }

            rules.Add(new Regex(pattern.Append(")$").ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        }

        return rules;
    }
}
