using Lint.Rules.Kinds.Anonymity;
using Lint.Rules.Kinds.Attribution;
using Lint.Rules.Kinds.Consistency;
using Lint.Rules.Kinds.Existence;
using Lint.Rules.Kinds.Repetition;
using Lint.Rules.Kinds.Substitution;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds;

/// <summary>The one table of rule kinds, by their <c>extends:</c> name. Adding a kind is one line here.</summary>
public static class RuleKinds
{
    private static readonly RuleKind[] All =
    [
        new AnonymityKind(),
        new AttributionKind(),
        new ConsistencyKind(),
        new ExistenceKind(),
        new RepetitionKind(),
        new SubstitutionKind(),
    ];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static RuleKind? Find(string name) => Array.Find(All, k => k.Name == name);
}
