using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Syntax;

public sealed class WordTokenizerTests
{
    private static List<string> Words(string text) =>
        WordTokenizer.Tokenize(text, new TextSpan(0, text.Length)).Select(w => text[w.Span.Start..w.Span.End]).ToList();

    [Fact]
    public void A_figure_keeps_its_thousands_separators_and_decimal_point()
    {
        Assert.Equal(["It", "drew", "90,000", "fans", "and", "2,400,000", "in", "2.5", "years"], Words("It drew 90,000 fans and 2,400,000 in 2.5 years."));
    }

    [Fact]
    public void A_comma_between_figures_that_is_not_a_separator_splits_them()
    {
        Assert.Equal(["Rooms", "3", "4", "and", "12", "1234", "5", "2026"], Words("Rooms 3,4 and 12,1234, 5,2026"));
    }

    [Fact]
    public void Abbreviations_contractions_and_hyphens_stay_whole()
    {
        Assert.Equal(["The", "U.S.", "didn't", "sign", "a", "2-year-old", "deal"], Words("The U.S. didn't sign a 2-year-old deal."));
    }
}
