using Lint.Language.Spelling;
using static Lint.Core.Tests.Spelling.Dictionaries;

namespace Lint.Core.Tests.Spelling;

public class DictionaryFormatTests
{
    [Theory]
    [InlineData("SFX A Y\n", 1)]
    [InlineData("PFX A Y 1\nPFX A 0 re [ab\n", 2)]
    [InlineData("# affixes\nSFX B 0 s .\n", 2)]
    [InlineData("FLAG long\nSFX A Y 1\n", 2)]
    [InlineData("FLAG short\n", 1)]
    [InlineData("SFX A Y 1\nPFX A 0 re .\n", 2)]
    public void A_malformed_affix_file_is_an_error_at_its_line(string aff, int line)
    {
        var error = Assert.Throws<DictionaryFormatException>(() => AffixFile.Parse(new StringReader(aff)));

        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_word_list_without_its_count_is_an_error_at_line_1()
    {
        var error = Assert.Throws<DictionaryFormatException>(() => HunspellDictionary.Read(new AffixFile(), new StringReader("cat\ndog\n")));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Flags_the_affix_file_cannot_read_are_an_error_at_their_line()
    {
        var error = Assert.Throws<DictionaryFormatException>(() => Read("FLAG long", "cat", "dog/ABC"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unsupported_directive_is_a_note_at_its_line()
    {
        var affixes = AffixFile.Parse(new StringReader("SET UTF-8\nTRY abc\nCOMPOUNDFLAG X\n"));

        var note = Assert.Single(affixes.Notes);
        Assert.Equal(3, note.Line);
        Assert.Contains("COMPOUNDFLAG", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Morphology_after_a_word_is_read_past() =>
        Assert.True(Read(string.Empty, "abandonware\tpo:noun").Contains("abandonware"));
}
