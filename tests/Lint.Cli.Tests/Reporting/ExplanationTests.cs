using Lint.Cli.Reporting;

namespace Lint.Cli.Tests.Reporting;

public class ExplanationTests
{
    [Fact]
    public void A_long_message_is_split_after_its_first_sentence()
    {
        var (finding, explanation) = Explanation.Split(
            "'one official said' is an unnamed source, and the sentence does not say why anonymity was granted. Name the source, or say why the source could not be named.");

        Assert.Equal("'one official said' is an unnamed source, and the sentence does not say why anonymity was granted.", finding);
        Assert.Equal("Name the source, or say why the source could not be named.", explanation);
    }

    [Fact]
    public void A_short_message_is_kept_whole()
    {
        Assert.Equal(("Did you mean 'filling'? 'filing' is a real word.", null), Explanation.Split("Did you mean 'filling'? 'filing' is a real word."));
    }
}
