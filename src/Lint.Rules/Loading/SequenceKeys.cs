using Lint.Rules.Loading.Options;

namespace Lint.Rules.Loading;

/// <summary>The keys of a <c>sequence</c> rule's tokens: the tests on one word, and where the word stands in the run.</summary>
public static class SequenceKeys
{
    private static readonly string[] NameKinds = ["day", "month", "holiday", "place", "person", "nationality", "language", "event", "organisation", "other"];

    /// <summary>The tests on one word; <c>not</c> and <c>gap</c> are mappings of these.</summary>
    public static readonly KeyTable Test = TestTable();

    /// <summary>A <c>gap</c>: the tests on each skipped word, and the punctuation allowed before it ("and her husband, Emeka, was").</summary>
    public static readonly KeyTable Gap = new("sequence gap",
    [
        .. Tests(Test),
        new("before", OptionType.Text, "The punctuation allowed before each skipped word (by default none)."),
    ]);

    /// <summary>One entry of <c>tokens</c>: the tests on its word, and how it is placed.</summary>
    public static readonly KeyTable Token = new("sequence token",
    [
        .. Tests(Test),
        new("negate", OptionType.Flag, "A word that fails the tests (or none, at either end of the run).") { Default = "false" },
        new("skip", OptionType.Number, "Up to this many words may come before this one.") { Min = 0, Max = 20, Default = "0" },
        new("gap", OptionType.Mapping, "A test each skipped word must pass, and with `before` the punctuation allowed before it.") { Items = Gap },
        new("before", OptionType.Text, "The punctuation allowed before this word (by default a match crosses none)."),
        new("report", OptionType.Flag, "Mark the words the finding covers (the whole match when no token says so).") { Default = "false" },
        new("swap", OptionType.Text, "The fix for the reported words; `%s` in the message."),
    ]);

    private static OptionKey[] Tests(KeyTable nested) =>
    [
        new("pattern", OptionType.Text, "A regex on the word."),
        new("tag", OptionType.Text, "A regex on its Penn tag (NN, NNS, VBD, MD...); any candidate tag may match."),
        new("word", OptionType.List, "The word is one of these."),
        new("lemma", OptionType.List, "The word is an inflection of one of these."),
        new("name", OptionType.List, "The word is a name of one of these kinds.") { Values = NameKinds },
        new("role", OptionType.Flag, "The word is (`true`) or is not (`false`) a noun for a kind of person."),
        new("common", OptionType.Flag, "The word is (`true`) or is not (`false`) an ordinary lower-case word to the lexicon: a name, a misspelling and a word it does not know are not."),
        new("typo", OptionType.Flag, "The word is (`true`) or is not (`false`) one keystroke from an ordinary word: a letter left out (\"goverment\"), one too many or two letters swapped (\"teh\")."),
        new("start", OptionType.Flag, "The word starts the sentence.") { Default = "false" },
        new("not", OptionType.MappingOrMappings, "A test, or a list of tests, the word must fail.") { Items = nested },
    ];

    /// <summary>The table of tests; the tests inside <c>not</c> may have a <c>not</c> of their own.</summary>
    private static KeyTable TestTable()
    {
        var keys = new List<OptionKey>();
        var table = new KeyTable("token test", keys);
        keys.AddRange(Tests(table));
        return table;
    }
}
