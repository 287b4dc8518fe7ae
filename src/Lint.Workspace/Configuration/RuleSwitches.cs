using Lint.Diagnostics;
using Lint.Suppression;

namespace Lint.Workspace.Configuration;

/// <summary>
/// One layer of rule settings (the top of a config file, or one override): rules and whole styles to
/// <c>disable</c> or <c>enable</c>, and <c>severity</c> per rule or style. Within a layer a rule's own
/// setting beats its style's; a later layer beats an earlier one.
/// </summary>
public sealed class RuleSwitches(IReadOnlyList<ConfigEntry> enable, IReadOnlyList<ConfigEntry> disable, IReadOnlyList<(ConfigEntry Target, Severity Level)> severity)
{
    public static RuleSwitches Read(ConfigNode node)
    {
        var enable = node.GetList("enable");
        var disable = node.GetList("disable");
        var severity = new List<(ConfigEntry, Severity)>();
        foreach (var (target, value) in node.GetPairs("severity"))
        {
            if (LevelNames.TryParse(value.Value, allowNone: false, out var level))
            {
                severity.Add((target, level!.Value));
            }
            else
            {
                node.Error(value, $"The severity of '{target.Value}' must be error, warning or suggestion, not '{value.Value}'.");
            }
        }

        foreach (var both in enable.Where(e => disable.Any(d => d.Value == e.Value)))
        {
            node.Error(both, $"'{both.Value}' is both enabled and disabled here.");
        }

        return new RuleSwitches(enable, disable, severity);
    }

    /// <summary>Every rule id or style this layer names, to check against the rules that loaded.</summary>
    public IEnumerable<ConfigEntry> Targets => enable.Concat(disable).Concat(severity.Select(s => s.Target));

    /// <summary>Applies this layer to a rule: first what it says of the rule's style, then what it says of the rule itself.</summary>
    public void Apply(string ruleId, ref bool enabled, ref Severity? level)
    {
        foreach (var own in new[] { false, true })
        {
            bool Matches(ConfigEntry entry) => Directive.Names(entry.Value, ruleId) && (entry.Value == ruleId) == own;

            if (disable.Any(Matches))
            {
                enabled = false;
            }

            if (enable.Any(Matches))
            {
                enabled = true;
            }

            foreach (var (target, value) in severity.Where(s => Matches(s.Target)))
            {
                level = value;
            }
        }
    }
}
