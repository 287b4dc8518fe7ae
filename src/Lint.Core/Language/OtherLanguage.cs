namespace Lint.Language;

/// <summary>
/// A sentence written in another language, as a story quotes or closes with one ("Ar dheis Dé go raibh a hanam
/// dílis."): at least three of its lower-case words, and at least half of them, are no ordinary English word the
/// lexicon knows (it may know one as a name written with a capital, as "Anam"). Its
/// words are that language's, so rules about English words and names leave it alone. Capitalized words do not
/// count, so an English sentence full of names the lexicon lacks is still English.
/// </summary>
public static class OtherLanguage
{
    public static bool IsSentence(IReadOnlyList<Token> tokens)
    {
        var lower = 0;
        var unknown = 0;
        foreach (var token in tokens)
        {
            if (token.Casing == Casing.Lower && WordShape.IsLetterWord(token.Text))
            {
                lower++;
                unknown += token.IsCommonWord ? 0 : 1;
            }
        }

        return unknown >= 3 && unknown * 2 >= lower;
    }
}
