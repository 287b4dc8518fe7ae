using Lint.Rules.Loading.Options;

namespace Lint.Rules.Loading;

/// <summary>The keys of each rule kind, declared once with the kinds that read them (see <see cref="RuleKeys"/>).</summary>
public static class KindKeys
{
    private static readonly string[] Matching = ["ages", "anonymity", "articles", "attribution", "consistency", "existence", "namespelling", "repetition", "sequence", "substitution", "variants"];

    private static readonly string[] NameKinds = ["day", "month", "holiday", "place", "person", "nationality", "language", "event", "organisation", "other"];

    public static readonly KeyTable Check = new("arithmetic check",
    [
        new("pattern", OptionType.Text, "A regex with the groups `a`, `b` and `total` (and `c`, a third figure of a sum); `{number}`, `{count}` and `{time}` stand for a figure, a figure or a number spelled out, and a time.") { Required = true },
        new("op", OptionType.Text, "Whether `a` and `b` add up to `total` or differ by it.") { Required = true, Values = ["sum", "difference"] },
    ]);

    public static readonly KeyTable Conversion = new("conversion",
    [
        new("from", OptionType.List, "The unit's names, as written in a story.") { Required = true },
        new("to", OptionType.List, "The names of the unit it converts to.") { Required = true },
        new("factor", OptionType.Text, "A number above zero: one `from` is this many `to`.") { Required = true },
        new("offset", OptionType.Text, "A number added after the factor (for temperatures).") { Default = "0" },
        new("tolerance", OptionType.Text, "How far off, as a share of the right value, a conversion may be.") { Default = "0.05" },
    ]);

    public static readonly OptionKey[] All =
    [
        new("ignorecase", OptionType.Flag, "Match without regard to case.") { Default = "false", Kinds = [.. Matching, "arithmetic", "conditional", "occurrence"] },
        new("nonword", OptionType.Flag, "Match patterns anywhere, not only as whole words.") { Default = "false", Kinds = ["ages", "anonymity", "attribution", "consistency", "existence", "substitution"] },
        new("exceptions", OptionType.List, "Text (regexes; words for propernouns) never flagged.") { Kinds = [.. Matching, "propernouns", "conditional"] },
        new("exceptions", OptionType.List, "Words or phrases (regexes, matched case-sensitively) always right as written, such as brand names.") { Kinds = ["capitalization"] },
        new("quotes", OptionType.Text, "`skip` leaves direct quotations alone.") { Values = ["include", "skip"], Default = "include", Kinds = ["anonymity", "existence", "sequence", "substitution"] },
        new("tokens", OptionType.List, "Words or patterns to flag (for repetition: the only words checked).") { Kinds = ["existence", "repetition"] },
        new("tokens", OptionType.Mappings, "The run of words to find, one mapping per word (see the table of sequence tokens).") { Required = true, Kinds = ["sequence"], Items = SequenceKeys.Token },
        new("raw", OptionType.List, "Pieces of one regex, joined as written, before the tokens.") { Kinds = ["existence"] },
        new("append", OptionType.Flag, "Vale's: put `raw` after the tokens instead of before them.") { Default = "false", Kinds = ["existence"] },
        new("swap", OptionType.Pairs, "Pattern: replacement (`a|b` offers two and no fix).") { Required = true, Kinds = ["substitution"] },
        new("either", OptionType.Pairs, "Two forms of one thing, as patterns: `this: that`.") { Required = true, Kinds = ["consistency"] },
        new("corpus", OptionType.Flag, "Lint's own: compare across every story of the run, not within each story.") { Default = "false", Kinds = ["consistency", "namespelling", "variants"] },
        new("min", OptionType.Number, "Flag only when the winning form is used at least this often.") { Min = 1, Max = 100, Default = "1", Kinds = ["consistency"] },
        new("min", OptionType.Number, "How often the usual spelling must be used.") { Min = 2, Max = 100, Default = "2", Kinds = ["namespelling"] },
        new("min", OptionType.Number, "The fewest words a repeated sentence has.") { Min = 2, Max = 100, Default = "6", Kinds = ["duplicates"] },
        new("fix", OptionType.Flag, "Lint's own: `false` offers no fix, for a side that stands for several words.") { Default = "true", Kinds = ["consistency"] },
        new("tie", OptionType.Text, "Lint's own: which form wins a tie, the one used `first` or the `left` form of the pair (the house's).") { Values = ["first", "left"], Default = "first", Kinds = ["consistency"] },
        new("alpha", OptionType.Flag, "Check only words made of letters.") { Default = "false", Kinds = ["repetition"] },
        new("capitalized", OptionType.Flag, "`false` leaves doubled capitalized words (\"Pago Pago\") alone.") { Default = "true", Kinds = ["repetition"] },
        new("vocabulary", OptionType.List, "The house forms, which win over the majority.") { Kinds = ["variants"] },
        new("ignore", OptionType.List, "Words or names left alone.") { Kinds = ["variants", "names", "surnames"] },
        new("titles", OptionType.List, "Formal titles, capitalized right before a name.") { Kinds = ["names", "propernouns"] },
        new("kinds", OptionType.List, "The kinds of name to check.") { Required = true, Values = NameKinds, Kinds = ["propernouns"] },
        new("ratio", OptionType.Number, "How many times more often writers must use one article than the other before a word is checked.") { Min = 2, Max = 1000, Default = "3", Kinds = ["articles"] },
        new("pairs", OptionType.List, "Quote marks, each entry the opening mark then the closing one (`“”`).") { Required = true, Kinds = ["quotes"] },
        new("verbs", OptionType.List, "Speech verbs: a quote still open at its speech tag is flagged.") { Kinds = ["quotes"] },
        new("verbs", OptionType.List, "Lint's own: speech verbs; a speaker (\"Pellinghams said\") is checked against the name as the story introduced it.") { Kinds = ["namespelling"] },
        new("claims", OptionType.Lists, "Each kind of claim, named as the message should say it (\"an accusation\"), with the patterns that signal it.") { Kinds = ["attribution"] },
        new("phrases", OptionType.Lists, "Each kind of claim with phrases of lemmas (\"funnel ... money\" covers every inflection; `...` a gap, `a|b` a choice, `{number}` a word class).") { Kinds = ["attribution"] },
        new("cues", OptionType.List, "The patterns of attribution (\"said\", \"according to\").") { Required = true, Kinds = ["attribution"] },
        new("carry", OptionType.List, "Where else attribution may come from.") { Values = ["quote", "intro", "next", "previous"], Default = "[quote, intro, next]", Kinds = ["attribution"] },
        new("sources", OptionType.List, "Patterns flagged as written (\"on condition of anonymity\").") { Kinds = ["anonymity"] },
        new("reasons", OptionType.List, "Patterns of a reason for the anonymity (\"not authorized to discuss\"): the sentence is left alone.") { Kinds = ["anonymity"] },
        new("described", OptionType.List, "Patterns that describe the source (\"in a statement\"); a group `who` captures the noun they describe.") { Kinds = ["anonymity"] },
        new("speech", OptionType.List, "The speech verbs that make a noun a source (\"said\", \"told\", \"according to\"); the rule needs them or `sources`.") { Kinds = ["anonymity"] },
        new("inverted", OptionType.List, "Speech verbs that may stand before their speaker (\"..., said one official\").") { Kinds = ["anonymity"] },
        new("qualifiers", OptionType.List, "What makes a plural role noun an unnamed source (\"lawyers familiar with the case\").") { Kinds = ["anonymity"] },
        new("determiners", OptionType.List, "Indefinite and counting words before the source (\"a\", \"one\", \"several\").") { Kinds = ["anonymity"] },
        new("vague", OptionType.List, "Modifiers that do not describe a group (\"senior officials\" are still nobody in particular).") { Kinds = ["anonymity"] },
        new("anonymous", OptionType.List, "Nouns unnamed whatever their modifiers (\"a police source\", \"festival insiders\").") { Kinds = ["anonymity"] },
        new("roles", OptionType.List, "Nouns for people that the lexicon does not file as such (\"person\").") { Kinds = ["anonymity"] },
        new("notroles", OptionType.List, "Role nouns that do not make a source (a spokesman speaks for his office).") { Kinds = ["anonymity"] },
        new("bare", OptionType.List, "Nouns unnamed even as a bare plural with no modifier (\"officials said\").") { Kinds = ["anonymity"] },
        new("crowds", OptionType.List, "Nouns whose plural is a crowd, not a source, unless qualified (\"two people said they saw smoke\").") { Kinds = ["anonymity"] },
        new("token", OptionType.Text, "The pattern to count (not bound to whole words).") { Required = true, Kinds = ["occurrence"] },
        new("max", OptionType.Number, "The most times `token` may appear in a unit of the scope (0: no most).") { Min = 0, Max = int.MaxValue, Kinds = ["occurrence"] },
        new("min", OptionType.Number, "The fewest times `token` must appear in a unit of the scope (0: no fewest).") { Min = 0, Max = int.MaxValue, Kinds = ["occurrence"] },
        new("first", OptionType.Text, "The pattern whose existence implies `second` (an acronym: `\\b([A-Z]{3,5})\\b`).") { Required = true, Kinds = ["conditional"] },
        new("second", OptionType.Text, "The pattern that must exist; with a capture group, what it captures is what is defined (`\\(([A-Z]{3,5})\\)`).") { Required = true, Kinds = ["conditional"] },
        new("match", OptionType.Text, "`$title`, `$sentence`, `$lower`, `$upper`, or a regex the text must contain.") { Required = true, Kinds = ["capitalization"] },
        new("style", OptionType.Text, "The title case of `$title`.") { Values = ["AP", "Chicago"], Default = "AP", Kinds = ["capitalization"] },
        new("indicators", OptionType.List, "Endings of a word (`:`) after which the next word is not checked, for `$sentence`.") { Kinds = ["capitalization"] },
        new("threshold", OptionType.Text, "The share of words (above 0, at most 1) that must be right for `$title` and `$sentence`.") { Default = "0.8", Kinds = ["capitalization"] },
        new("prefix", OptionType.Text, "Text at the start that is left out of the check.") { Kinds = ["capitalization"] },
        new("formula", OptionType.Text, "A formula of Vale's readability variables (`words`, `sentences`, `syllables`, `complex_words`, `long_words`, `characters`, `polysyllabic_words`...), `+ - * / %`, `math.sqrt`, `math.abs`, `round`.") { Required = true, Kinds = ["metric"] },
        new("condition", OptionType.Text, "When the result is flagged: a comparison and a value (`> 8.0`).") { Required = true, Kinds = ["metric"] },
        new("script", OptionType.Text, "Vale's Tengo program; not supported, so the rule is an error.") { Kinds = ["script"] },
        new("weekdays", OptionType.List, "The seven day names, Monday first.") { Required = true, Kinds = ["weekdays"] },
        new("months", OptionType.Pairs, "Month names with their numbers, 1 to 12.") { Required = true, Kinds = ["weekdays"] },
        new("conversions", OptionType.Mappings, "The unit pairs to check (see the table of conversions).") { Required = true, Kinds = ["conversions"], Items = Conversion },
        new("hedges", OptionType.List, "Words that make a figure approximate (\"about\").") { Kinds = ["conversions", "arithmetic"] },
        new("stated", OptionType.List, "Patterns of an age given, with a group `age`.") { Required = true, Kinds = ["ages"] },
        new("references", OptionType.List, "Patterns of an age referred back to, with a group `age`.") { Required = true, Kinds = ["ages"] },
        new("near", OptionType.Number, "How many years off a referred age may be and still be flagged.") { Min = 1, Max = 20, Default = "3", Kinds = ["ages"] },
        new("references", OptionType.List, "Patterns of a surname used alone, with a group `name`.") { Required = true, Kinds = ["surnames"] },
        new("people", OptionType.List, "Patterns as `references`, that count only for a name the lexicon knows as a person's.") { Kinds = ["surnames"] },
        new("checks", OptionType.Mappings, "The figures to check (see the table of arithmetic checks).") { Required = true, Kinds = ["arithmetic"], Items = Check },
        new("scales", OptionType.Pairs, "Scale words with their value (`million: 1000000`).") { Kinds = ["arithmetic"] },
        new("dated", OptionType.List, "Patterns of the story's date, with a group `year`.") { Required = true, Kinds = ["lifespan"] },
        new("born", OptionType.List, "Patterns of a birth date, with a group `year`.") { Required = true, Kinds = ["lifespan"] },
        new("died", OptionType.List, "Patterns of an age at death, with a group `age`.") { Required = true, Kinds = ["lifespan"] },
        new("dictionaries", OptionType.List, "Vale's: Hunspell dictionaries to use instead of the shipped en_US, by name (`en_GB` is `en_GB.dic` and `en_GB.aff` in `dicpath`, else in the `DICPATH` folder).") { Kinds = ["spelling"] },
        new("dicpath", OptionType.Text, "Vale's: the folder of `dictionaries`, as written, in the styles folder or in the working directory.") { Default = "config/dictionaries", Kinds = ["spelling"] },
        new("append", OptionType.Flag, "Vale's: use the shipped en_US dictionary as well as `dictionaries`.") { Default = "false", Kinds = ["spelling"] },
        new("aff", OptionType.Text, "Vale's: the path of one dictionary's `.aff` file (with `dic`), as written or in the styles folder.") { Kinds = ["spelling"] },
        new("dic", OptionType.Text, "Vale's: the path of one dictionary's `.dic` file (with `aff`), as written or in the styles folder.") { Kinds = ["spelling"] },
        new("ignore", OptionType.List, "Vale's: files of words to accept, one a line, in the working directory, the styles folder or its `config/ignore`.") { Kinds = ["spelling"] },
        new("filters", OptionType.List, "Vale's: regexes; a word any of them matches is not checked.") { Kinds = ["spelling"] },
        new("custom", OptionType.Flag, "Vale's: turn off the default filters (words with a character other than a letter, `_` or `'`, words ending in a capital, mixed case such as MongoDB).") { Default = "false", Kinds = ["spelling"] },
    ];
}
