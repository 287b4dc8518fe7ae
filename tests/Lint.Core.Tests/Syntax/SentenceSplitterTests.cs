using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Syntax;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();

    [Theory]
    [InlineData("Wuhan Tongsheng Technology Co. Ltd. and Hikvision are suppliers. They said so.", 2)]
    [InlineData("Mr. Liu and Dr. Smith met on Jan. 5 in Beijing. It went well.", 2)]
    [InlineData("President Joe B. Biden spoke. He left.", 2)]
    [InlineData("It was ranked No. 1 in the survey. Others were not.", 2)]
    [InlineData("The U.S. side refused. The talks ended.", 2)]
    [InlineData("The U.S. Treasury said so.", 1)]
    [InlineData("Prices rose 3.5 percent. That was high.", 2)]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text, int expected) =>
        Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void A_closing_quote_belongs_to_the_sentence_it_ends()
    {
        var sentences = Split("He said: “It is over.” Then he left! Did he? Yes.");

        Assert.Equal(["He said: “It is over.”", "Then he left!", "Did he?", "Yes."], sentences);
    }

    [Fact]
    public void A_sentence_ending_in_the_us_before_a_usual_opener_ends_there()
    {
        var sentences = Split("The embassy is in the U.S. The officials said it was not.");

        Assert.Equal(["The embassy is in the U.S.", "The officials said it was not."], sentences);
    }

    [Fact]
    public void Lower_case_after_a_full_stop_does_not_start_a_sentence() =>
        Assert.Single(Split("We saw it at 2 p.m. yesterday in the city."));

    [Fact]
    public void Words_keep_inner_apostrophes_hyphens_and_abbreviation_dots()
    {
        var text = "Russia’s 2-year-old war, the U.S. said, don't stop.";
        var words = SentenceSplitter.Split(text, new TextSpan(0, text.Length))[0].Words.Select(w => text.Substring(w.Span.Start, w.Span.Length));

        Assert.Equal(["Russia’s", "2-year-old", "war", "the", "U.S.", "said", "don't", "stop"], words);
    }
}
