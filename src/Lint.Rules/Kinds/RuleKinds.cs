using Lint.Rules.Kinds.Anonymity;
using Lint.Rules.Kinds.Articles;
using Lint.Rules.Kinds.Attribution;
using Lint.Rules.Kinds.Consistency;
using Lint.Rules.Kinds.Duplicates;
using Lint.Rules.Kinds.Existence;
using Lint.Rules.Kinds.Names;
using Lint.Rules.Kinds.NameSpelling;
using Lint.Rules.Kinds.Quotes;
using Lint.Rules.Kinds.Repetition;
using Lint.Rules.Kinds.Sequence;
using Lint.Rules.Kinds.Substitution;
using Lint.Rules.Kinds.Variants;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds;

/// <summary>The one table of rule kinds, by their <c>extends:</c> name. Adding a kind is one line here.</summary>
public static class RuleKinds
{
    private static readonly RuleKind[] All =
    [
        new AnonymityKind(),
        new ArticlesKind(),
        new AttributionKind(),
        new ConsistencyKind(),
        new DuplicatesKind(),
        new ExistenceKind(),
        new NamesKind(),
        new NameSpellingKind(),
        new QuotesKind(),
        new RepetitionKind(),
        new SequenceKind(),
        new SubstitutionKind(),
        new VariantsKind(),
    ];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static RuleKind? Find(string name) => Array.Find(All, k => k.Name == name);
}
