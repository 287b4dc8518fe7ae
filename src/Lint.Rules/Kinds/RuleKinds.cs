using Lint.Rules.Kinds.Ages;
using Lint.Rules.Kinds.Anonymity;
using Lint.Rules.Kinds.Arithmetic;
using Lint.Rules.Kinds.Articles;
using Lint.Rules.Kinds.Attribution;
using Lint.Rules.Kinds.Capitalization;
using Lint.Rules.Kinds.Conditional;
using Lint.Rules.Kinds.Confusables;
using Lint.Rules.Kinds.Consistency;
using Lint.Rules.Kinds.Conversions;
using Lint.Rules.Kinds.Counts;
using Lint.Rules.Kinds.Duplicates;
using Lint.Rules.Kinds.Existence;
using Lint.Rules.Kinds.Expansions;
using Lint.Rules.Kinds.Lifespan;
using Lint.Rules.Kinds.Metric;
using Lint.Rules.Kinds.Names;
using Lint.Rules.Kinds.NameSpelling;
using Lint.Rules.Kinds.Occurrence;
using Lint.Rules.Kinds.PersonAges;
using Lint.Rules.Kinds.ProperNouns;
using Lint.Rules.Kinds.Quotes;
using Lint.Rules.Kinds.Repetition;
using Lint.Rules.Kinds.Script;
using Lint.Rules.Kinds.Sequence;
using Lint.Rules.Kinds.Spelling;
using Lint.Rules.Kinds.Substitution;
using Lint.Rules.Kinds.Surnames;
using Lint.Rules.Kinds.Transpositions;
using Lint.Rules.Kinds.Variants;
using Lint.Rules.Kinds.Weekdays;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds;

/// <summary>The one table of rule kinds, by their <c>extends:</c> name. Adding a kind is one line here.</summary>
public static class RuleKinds
{
    private static readonly RuleKind[] All =
    [
        new AgesKind(),
        new AnonymityKind(),
        new ArithmeticKind(),
        new ArticlesKind(),
        new AttributionKind(),
        new CapitalizationKind(),
        new ConditionalKind(),
        new ConfusablesKind(),
        new ConsistencyKind(),
        new ConversionsKind(),
        new CountsKind(),
        new DuplicatesKind(),
        new ExistenceKind(),
        new ExpansionsKind(),
        new LifespanKind(),
        new MetricKind(),
        new NamesKind(),
        new NameSpellingKind(),
        new OccurrenceKind(),
        new PersonAgesKind(),
        new ProperNounsKind(),
        new QuotesKind(),
        new RepetitionKind(),
        new ScriptKind(),
        new SequenceKind(),
        new SpellingKind(),
        new SubstitutionKind(),
        new SurnamesKind(),
        new TranspositionsKind(),
        new VariantsKind(),
        new WeekdaysKind(),
    ];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static RuleKind? Find(string name) => Array.Find(All, k => k.Name == name);
}
