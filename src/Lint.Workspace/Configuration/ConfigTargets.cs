using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Suppression;

namespace Lint.Workspace.Configuration;

/// <summary>The rule ids and styles that config files name (in enable, disable, severity and overrides) but no loaded rule has.</summary>
public static class ConfigTargets
{
    public static IEnumerable<ConfigError> Unknown(IEnumerable<ConfigFile> files, RuleSet rules)
    {
        var ids = rules.Rules.Select(r => r.Definition.Id).Concat(EngineDescriptors.All.Select(d => d.Id)).ToList();
        return files
            .Where(c => c.ChecksTargets)
            .SelectMany(c => c.Overrides.Select(o => o.Switches).Prepend(c.Switches))
            .SelectMany(s => s.Targets)
            .Where(t => !ids.Any(id => Directive.Names(t.Value, id)))
            .Select(t => t.Error($"'{t.Value}' is not a loaded rule or style; 'lint rules' lists them."));
    }
}
