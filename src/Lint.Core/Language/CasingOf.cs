namespace Lint.Language;

/// <summary>Reads the <see cref="Casing"/> of a word.</summary>
public static class CasingOf
{
    public static Casing Word(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0;
        var firstUpper = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (char.IsUpper(c))
            {
                firstUpper |= letters == 0;
                upper++;
            }

            letters++;
        }

        if (letters == 0)
        {
            return Casing.None;
        }

        if (upper == 0)
        {
            return Casing.Lower;
        }

        if (upper == letters)
        {
            return letters == 1 ? Casing.Capitalized : Casing.Upper;
        }

        return firstUpper && upper == 1 ? Casing.Capitalized : Casing.Mixed;
    }
}
