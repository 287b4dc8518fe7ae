using Lint.Cli.Reporting;

namespace Lint.Cli.Tests.Reporting;

public class ExplanationTests
{
    private const string Anonymous =
        "'%s' is an unnamed source, and the sentence does not say why anonymity was granted. Name the source, or say why the source could not be named.";

    [Fact]
    public void A_long_message_is_split_where_its_format_turns_to_the_same_words_for_every_finding()
    {
        var (finding, explanation) = Explanation.Split(
            "'one official said' is an unnamed source, and the sentence does not say why anonymity was granted. Name the source, or say why the source could not be named.",
            Anonymous);

        Assert.Equal("'one official said' is an unnamed source, and the sentence does not say why anonymity was granted.", finding);
        Assert.Equal("Name the source, or say why the source could not be named.", explanation);
    }

    [Fact]
    public void Sentences_inside_what_a_finding_fills_in_are_never_split_off()
    {
        const string format = "This looks like a photo caption run into the story ('%s'); move it to the photo or delete it.";
        var message = "This looks like a photo caption run into the story ('U.S. Secretary of State Antony Blinken meets the press in Rome, Friday. (AP Photo/Gregorio Borgia)'); move it to the photo or delete it.";

        Assert.Equal((message, null), Explanation.Split(message, format));
    }

    [Fact]
    public void A_short_message_or_one_without_a_known_format_is_kept_whole()
    {
        Assert.Equal(("Did you mean 'filling'? 'filing' is a real word.", null), Explanation.Split("Did you mean 'filling'? 'filing' is a real word.", "Did you mean '%s'? '%s' is a real word."));
        var longMessage = new string('x', 130) + ". Then more.";
        Assert.Equal((longMessage, null), Explanation.Split(longMessage, null));
    }
}
