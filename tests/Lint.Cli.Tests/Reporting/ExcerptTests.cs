using Lint.Cli.Reporting;

namespace Lint.Cli.Tests.Reporting;

public class ExcerptTests
{
    [Fact]
    public void Carets_stay_under_the_words_after_Chinese_text_which_takes_two_columns_a_character()
    {
        var line = "北京市政府官员说，他们 the the 会议。";
        var from = line.IndexOf("the the", StringComparison.Ordinal);

        var excerpt = Excerpt.Of(line, from, from + "the the".Length);

        Assert.Equal("    " + line, excerpt.Line);
        Assert.Equal(new string(' ', 4 + (11 * 2) + 1) + "^^^^^^^", excerpt.Carets);
    }

    [Fact]
    public void Carets_under_a_wide_word_are_as_wide_as_it_and_an_emoji_before_it_counts_two()
    {
        var line = "🙂 会议 ok";

        var excerpt = Excerpt.Of(line, 3, 5);

        Assert.Equal("       ^^^^", excerpt.Carets);
    }

    [Fact]
    public void A_long_line_is_windowed_around_the_finding_with_ellipses()
    {
        var line = new string('a', 200) + " typo " + new string('b', 200);

        var excerpt = Excerpt.Of(line, 201, 205);

        Assert.Equal("    …" + new string('a', 59) + " typo " + new string('b', 59) + "…", excerpt.Line);
        Assert.Equal(new string(' ', 4 + 1 + 60) + "^^^^", excerpt.Carets);
    }

    [Fact]
    public void A_finding_over_a_whole_long_line_shows_its_start_and_no_more_than_80_carets()
    {
        var line = new string('x', 240);

        var excerpt = Excerpt.Of(line, 0, 240);

        Assert.Equal("    " + new string('x', Excerpt.MaxMarked) + "…", excerpt.Line);
        Assert.Equal("    " + new string('^', Excerpt.MaxMarked), excerpt.Carets);
    }

    [Fact]
    public void A_tab_is_shown_as_one_space_so_the_carets_do_not_move()
    {
        var excerpt = Excerpt.Of("\tteh", 1, 4);

        Assert.Equal(("     teh", "     ^^^"), (excerpt.Line, excerpt.Carets));
    }
}
