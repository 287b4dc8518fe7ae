using static Lint.Rules.Tests.Vale.Spelling.SpellingRules;

namespace Lint.Rules.Tests.Vale.Spelling;

/// <summary>Vale's <c>dictionaries</c>, <c>dicpath</c>, <c>append</c>, <c>aff</c>/<c>dic</c> and <c>ignore</c>, resolved from the styles folder as Vale resolves them.</summary>
public class SpellingFilesTests
{
    private const string Aff = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n";
    private const string Dic = "2\nzorb/S\nvexlan\n";

    [Fact]
    public void Named_dictionaries_replace_the_default_one()
    {
        var files = new Dictionary<string, string> { ["styles/dicts/en_test.aff"] = Aff, ["styles/dicts/en_test.dic"] = Dic };

        Assert.Equal(["house"], Flagged("dicpath: dicts\ndictionaries: [en_test]\n", "zorbs vexlan house", files));
    }

    [Fact]
    public void Append_keeps_the_default_dictionary_as_well()
    {
        var files = new Dictionary<string, string> { ["styles/dicts/en_test.aff"] = Aff, ["styles/dicts/en_test.dic"] = Dic };

        Assert.Equal(["zorbz"], Flagged("dicpath: dicts\ndictionaries: [en_test]\nappend: true\n", "zorbs vexlan house zorbz", files));
    }

    [Fact]
    public void Without_dicpath_dictionaries_are_read_from_config_dictionaries_in_the_styles_folder()
    {
        var files = new Dictionary<string, string> { ["styles/config/dictionaries/en_test.aff"] = Aff, ["styles/config/dictionaries/en_test.dic"] = Dic };

        Assert.Empty(Flagged("dictionaries: [en_test]\n", "zorbs vexlan", files));
    }

    [Fact]
    public void A_dictionary_not_in_dicpath_is_read_from_the_DICPATH_folder()
    {
        var files = new Dictionary<string, string> { ["/usr/share/dicts/en_test.aff"] = Aff, ["/usr/share/dicts/en_test.dic"] = Dic };

        Assert.Empty(Flagged("dictionaries: [en_test]\n", "zorbs", files, dictionaryPath: "/usr/share/dicts"));
    }

    [Fact]
    public void Aff_and_dic_name_one_dictionarys_files()
    {
        var files = new Dictionary<string, string> { ["styles/mine.aff"] = Aff, ["styles/mine.dic"] = Dic };

        Assert.Equal(["house"], Flagged("aff: mine.aff\ndic: mine.dic\n", "zorbs house", files));
    }

    [Fact]
    public void A_dictionary_that_is_nowhere_is_an_error_naming_it_at_its_line()
    {
        var error = Error("dicpath: dicts\ndictionaries: [en_test]\n", new Dictionary<string, string> { ["styles/dicts/other.dic"] = Dic });

        Assert.Contains("Spelling.yml:4:", error, StringComparison.Ordinal);
        Assert.Contains("en_test.dic", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dicpath_that_is_not_a_folder_is_an_error() =>
        Assert.Contains("dicpath 'nowhere'", Error("dicpath: nowhere\ndictionaries: [en_test]\n"), StringComparison.Ordinal);

    [Fact]
    public void A_broken_dictionary_is_an_error_naming_the_file_and_line()
    {
        var files = new Dictionary<string, string> { ["styles/config/dictionaries/bad.aff"] = "SFX S Y 1\nSFX S 0 s [ab\n", ["styles/config/dictionaries/bad.dic"] = Dic };

        var error = Error("dictionaries: [bad]\n", files);

        Assert.Contains(".aff, line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_directive_is_a_note_and_the_rule_loads()
    {
        var files = new Dictionary<string, string> { ["styles/config/dictionaries/en_test.aff"] = Aff + "COMPOUNDFLAG X\n", ["styles/config/dictionaries/en_test.dic"] = Dic };

        var set = Load("dictionaries: [en_test]\n", files);

        Assert.Single(set.Rules);
        Assert.Contains("COMPOUNDFLAG", Assert.Single(set.Notes).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("styles/words.txt")]
    [InlineData("styles/config/ignore/words.txt")]
    [InlineData("words.txt")]
    public void Words_of_an_ignore_file_are_accepted_wherever_Vale_looks_for_it(string path)
    {
        var files = new Dictionary<string, string> { [path] = "# house names\nVexlan\nzorbing\n" };

        Assert.Equal(["teh"], Flagged("ignore: words.txt\n", "Vexlan was zorbing teh ball.", files));
    }

    [Fact]
    public void An_ignore_file_found_nowhere_is_a_note_and_the_rule_loads()
    {
        var set = Load("ignore: [missing.txt]\n");

        Assert.Single(set.Rules);
        Assert.Contains("missing.txt", Assert.Single(set.Notes).Message, StringComparison.Ordinal);
    }
}
