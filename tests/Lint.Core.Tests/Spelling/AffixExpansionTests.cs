using static Lint.Core.Tests.Spelling.Dictionaries;

namespace Lint.Core.Tests.Spelling;

/// <summary>Affix expansion as Hunspell's format describes it (hunspell(5)), on small dictionaries written for each case.</summary>
public class AffixExpansionTests
{
    private const string English = """
        PFX U Y 1
        PFX U   0     un         .
        PFX R N 1
        PFX R   0     re         .
        SFX D Y 4
        SFX D   0     d          e
        SFX D   y     ied        [^aeiou]y
        SFX D   0     ed         [^ey]
        SFX D   0     ed         [aeiou]y
        SFX S Y 4
        SFX S   y     ies        [^aeiou]y
        SFX S   0     s          [aeiou]y
        SFX S   0     es         [sxzh]
        SFX S   0     s          [^sxzhy]
        """;

    [Theory]
    [InlineData("tried")]
    [InlineData("played")]
    [InlineData("baked")]
    [InlineData("tries")]
    [InlineData("boxes")]
    [InlineData("plays")]
    public void A_suffix_strips_and_adds_where_its_condition_holds(string form) =>
        Assert.True(Read(English, "try/DS", "play/DS", "bake/D", "box/S").Contains(form));

    [Theory]
    [InlineData("tryed")]
    [InlineData("plaied")]
    [InlineData("bakeed")]
    [InlineData("boxs")]
    public void A_suffix_does_not_apply_where_its_condition_fails(string form) =>
        Assert.False(Read(English, "try/DS", "play/DS", "bake/D", "box/S").Contains(form));

    [Fact]
    public void A_prefix_and_a_suffix_combine_when_both_allow_the_cross_product()
    {
        var dictionary = Read(English, "do/U", "tie/UD", "play/RD");

        Assert.True(dictionary.Contains("untied"));
        Assert.True(dictionary.Contains("untie"));
        Assert.True(dictionary.Contains("replay"));
        Assert.True(dictionary.Contains("played"));
        Assert.False(dictionary.Contains("replayed"));
    }

    [Fact]
    public void Flags_only_apply_the_classes_they_name() =>
        Assert.False(Read(English, "bake/D").Contains("bakes"));

    [Fact]
    public void Long_flags_are_two_characters_each()
    {
        var dictionary = Read("FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nSFX Bb Y 1\nSFX Bb 0 ed .", "walk/AaBb", "jump/Bb");

        Assert.True(dictionary.Contains("walks"));
        Assert.True(dictionary.Contains("walked"));
        Assert.True(dictionary.Contains("jumped"));
        Assert.False(dictionary.Contains("jumps"));
    }

    [Fact]
    public void Numeric_flags_are_numbers_separated_by_commas()
    {
        var dictionary = Read("FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\nSFX 7 Y 1\nSFX 7 0 ing .", "walk/101,7", "jump/7");

        Assert.True(dictionary.Contains("walks"));
        Assert.True(dictionary.Contains("walking"));
        Assert.False(dictionary.Contains("jumps"));
    }

    [Fact]
    public void Utf8_flags_are_characters_beyond_ascii()
    {
        var dictionary = Read("FLAG UTF-8\nSFX é Y 1\nSFX é 0 s .", "walk/é");

        Assert.True(dictionary.Contains("walks"));
    }

    [Fact]
    public void Flag_aliases_name_a_set_of_flags_by_number()
    {
        var dictionary = Read("AF 2\nAF SD\nAF D\nSFX S Y 1\nSFX S 0 s .\nSFX D Y 1\nSFX D 0 ed .", "walk/1", "jump/2");

        Assert.True(dictionary.Contains("walks"));
        Assert.True(dictionary.Contains("walked"));
        Assert.True(dictionary.Contains("jumped"));
        Assert.False(dictionary.Contains("jumps"));
    }

    [Fact]
    public void A_suffix_with_flags_of_its_own_takes_a_second_suffix()
    {
        var dictionary = Read("SFX A Y 1\nSFX A 0 ful/B .\nSFX B Y 1\nSFX B 0 ness .", "care/A");

        Assert.True(dictionary.Contains("careful"));
        Assert.True(dictionary.Contains("carefulness"));
        Assert.False(dictionary.Contains("careness"));
    }

    [Fact]
    public void A_word_that_needs_an_affix_is_not_a_word_alone()
    {
        var dictionary = Read("NEEDAFFIX X\nSFX S Y 1\nSFX S 0 s .", "foo/XS");

        Assert.False(dictionary.Contains("foo"));
        Assert.True(dictionary.Contains("foos"));
    }

    [Fact]
    public void A_forbidden_word_and_its_forms_are_never_correct()
    {
        var dictionary = Read("FORBIDDENWORD !\nSFX S Y 1\nSFX S 0 s .", "cat/S", "cats/!", "dogg/!S");

        Assert.True(dictionary.Contains("cat"));
        Assert.False(dictionary.Contains("cats"));
        Assert.False(dictionary.Contains("dogg"));
        Assert.False(dictionary.Contains("doggs"));
    }

    [Fact]
    public void A_keepcase_word_is_correct_only_as_written()
    {
        var dictionary = Read("KEEPCASE K", "ppm/K", "house");

        Assert.True(dictionary.Contains("ppm"));
        Assert.False(dictionary.Contains("Ppm"));
        Assert.False(dictionary.Contains("PPM"));
        Assert.True(dictionary.Contains("House"));
    }

    [Fact]
    public void Case_follows_vale_and_hunspell()
    {
        var dictionary = Read(string.Empty, "house", "Paris");

        Assert.True(dictionary.Contains("House"));
        Assert.True(dictionary.Contains("HOUSE"));
        Assert.True(dictionary.Contains("PARIS"));
        Assert.False(dictionary.Contains("paris"));
    }

    [Fact]
    public void A_hyphenated_word_is_correct_when_each_part_is()
    {
        var dictionary = Read(string.Empty, "well", "known");

        Assert.True(dictionary.Contains("well-known"));
        Assert.False(dictionary.Contains("well-knwon"));
        Assert.False(Read("BREAK 0", "well", "known").Contains("well-known"));
    }

    [Fact]
    public void Input_conversion_turns_curly_apostrophes_straight()
    {
        var affixes = Lint.Language.Spelling.AffixFile.Parse(new StringReader("ICONV 1\nICONV ’ '"));

        Assert.Equal("don't", affixes.Convert("don’t"));
    }

    [Fact]
    public void A_slash_escaped_in_the_word_is_part_of_it() =>
        Assert.True(Read(string.Empty, "and\\/or").Contains("and/or"));
}
