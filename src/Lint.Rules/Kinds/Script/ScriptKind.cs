using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Script;

/// <summary>
/// <c>extends: script</c>: Vale runs a Tengo program for these rules, which Lint does not. The rule is an
/// error at its <c>extends</c>, naming the file, and is left out; every other rule still loads.
/// </summary>
public sealed class ScriptKind : RuleKind
{
    public override string Name => "script";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        options.Find("script");
        var at = options.Find("extends") ?? options.Mapping;
        options.Errors.Add(at, $"'script' rules are not supported: Lint does not run Vale's Tengo scripts, so {rule.SourcePath} is left out (the other rules still load). Write it as another kind (existence, occurrence, sequence...) to use it with Lint.");
        return null;
    }
}
