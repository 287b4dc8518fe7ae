using Lint.Rules.Kinds;
using Lint.Rules.Loading.Options;

namespace Lint.Rules.Loading;

/// <summary>
/// Every key a rule file may have, declared once: the keys of every rule (with Vale's common keys), then
/// each kind's own (<see cref="KindKeys"/>). The loader reads rule files against these declarations, and
/// <c>rules.schema.json</c> and the README's key tables are written from them.
/// </summary>
public static class RuleKeys
{
    public static readonly string[] Levels = ["error", "warning", "suggestion"];

    /// <summary>The actions of Vale's <c>action</c> key.</summary>
    public static readonly string[] Actions = ["replace", "remove", "edit", "suggest"];

    public static readonly KeyTable Example = new("example",
    [
        new("text", OptionType.Text, "The example text, with `[|...|]` around what the rule must flag (none: it must flag nothing).") { Required = true },
        new("fixed", OptionType.Text, "The text after the rule's fixes are applied."),
    ]);

    public static readonly KeyTable Action = new("action",
    [
        new("name", OptionType.Text, "The Vale action: `replace`, `remove`, `edit` or `suggest`.") { Required = true },
        new("params", OptionType.List, "The action's parameters, as Vale reads them."),
    ]);

    public static readonly KeyTable ValeTest = new("Vale test",
    [
        new("name", OptionType.Text, "The case's name."),
        new("input", OptionType.Text, "The text the rule reads."),
        new("want", OptionType.Text, "What `vale test` expects the rule to report."),
    ]);

    /// <summary>The keys of every rule, whatever its kind.</summary>
    public static readonly OptionKey[] Common =
    [
        new("extends", OptionType.Text, "The rule kind (see the table of kinds).") { Required = true, Values = [.. RuleKinds.Names] },
        new("message", OptionType.Text, "What a finding says; each `%s` is filled in as the kind says (Vale's placeholders).") { Required = true },
        new("level", OptionType.Text, "How serious a finding is.") { Values = Levels, Default = "suggestion" },
        new("fixlevel", OptionType.Text, "Lint's own: `safe` (mechanical: `lint fix` applies it) or `editorial` (applied only with `--include-editorial` or a named `--rule`); by default safe for repetition and articles rules.") { Values = ["safe", "editorial"] },
        new("description", OptionType.Text, "What the rule checks and why, for `lint rules`, RULES.md and SARIF."),
        new("link", OptionType.Text, "A full http or https address explaining the style point."),
        new("enabled", OptionType.Flag, "Lint's own: `false` ships the rule off until a `.lint.yaml` enables it or its style.") { Default = "true" },
        new("scope", OptionType.List, "Which parts of an article the rule reads; `sentence` runs each pattern on each sentence, `~` excludes.") { Values = RuleScope.Names, Negatable = true, Default = "text" },
        new("limit", OptionType.Number, "Vale's: the most findings the rule reports in one article (the first ones in the text).") { Min = 1, Max = int.MaxValue },
        new("action", OptionType.Mapping, "Vale's fix action. `replace` is what substitution and consistency rules do and `remove` what repetition rules do; `remove` on an existence rule gives it a fix that deletes what it flags; any other is accepted and reported unused with a note, as Lint's kinds make their own fixes.") { Items = Action },
        new("tests", OptionType.Mappings, "Vale's: the rule's own cases for `vale test`. Vale does not compile them, and neither does Lint: write `examples` for `lint test`.") { Items = ValeTest },
        new("pos", OptionType.Text, "Vale 1's part-of-speech filter. Accepted with a note and not used: Lint's `sequence` kind matches parts of speech.") { Kinds = ["existence", "substitution"] },
        new("vocab", OptionType.Flag, "Vale's: whether Vale vocabularies apply to the rule. Lint has no vocabularies, so it is accepted and changes nothing.") { Default = "true" },
        new("examples", OptionType.TextsOrMappings, "Texts the rule must flag (marked `[|...|]`) or leave alone, tested by `lint test` and the test suite.") { Items = Example },
    ];

    /// <summary>The top of a rule file: the common keys and every kind's own.</summary>
    public static readonly KeyTable Rule = new("rule", [.. Common, .. KindKeys.All]);

    /// <summary>The tables inside a rule, for the README.</summary>
    public static IEnumerable<KeyTable> Nested => [SequenceKeys.Token, SequenceKeys.Test, KindKeys.Check, KindKeys.Conversion, Example, Action, ValeTest];

    /// <summary><c>rules.schema.json</c>: the JSON Schema of a rule file, for editors.</summary>
    public static string Schema() => OptionSchema.ForRules(
        Rule,
        RuleKinds.Names,
        "Lint rule",
        "One rule of Lint, the editorial linter: rules/<Style>/<Name>.yml. Written from Lint's key declarations (src/Lint.Rules/Loading/RuleKeys.cs).");
}
