namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// How a name sounds, roughly, as its consonants in order: "Norvale" and "Norvail" are both <c>nrvl</c>,
/// "Fernlight" and "Fernlite" both <c>frnlt</c>, "Whitacre" and "Whitaker" both <c>wtkr</c>. A writer who
/// heard a name, or remembered it, spells it another way that sounds the same; two spellings with one key
/// and the same first letter are one name misspelled, not two names. The key keeps the first letter, drops
/// the other vowels, a silent "gh", an "h" after a consonant and a "w" after a vowel, reads "c", "q" and "ck"
/// as "k", "ph" as "f" and "z" as "s", and writes a doubled sound once.
/// </summary>
public static class SoundKey
{
    public static string Of(string name)
    {
        Span<char> key = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(key[..Write(name, key)]);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> have one key of at least <paramref name="minLength"/> sounds, without making strings.</summary>
    public static bool Same(string a, string b, int minLength)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return false;
        }

        Span<char> first = stackalloc char[a.Length];
        Span<char> second = stackalloc char[b.Length];
        var length = Write(a, first);
        return length >= minLength && first[..length].SequenceEqual(second[..Write(b, second)]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="key"/> (as long as the name at least) and returns its length.</summary>
    private static int Write(string name, Span<char> key)
    {
        var length = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = Lower(name[i]);
            var previous = i > 0 ? Lower(name[i - 1]) : '\0';
            char sound;
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (IsVowel(c))
            {
                if (i > 0)
                {
                    continue;
                }

                sound = c;
            }
            else if (c == 'g' && i + 1 < name.Length && Lower(name[i + 1]) == 'h' && i > 0)
            {
                i++;    // "light", "Vaughan": a silent gh
                continue;
            }
            else if (c == 'p' && i + 1 < name.Length && Lower(name[i + 1]) == 'h')
            {
                sound = 'f';
                i++;
            }
            else if (c == 'h' && i > 0 && !IsVowel(previous))
            {
                continue;
            }
            else if (c == 'w' && i > 0 && IsVowel(previous))
            {
                continue;
            }
            else
            {
                sound = c switch
                {
                    'c' or 'q' => 'k',
                    'z' => 's',
                    'y' => i == 0 ? 'y' : '\0',
                    _ => c,
                };
                if (sound == '\0')
                {
                    continue;
                }
            }

            if (length == 0 || key[length - 1] != sound)
            {
                key[length++] = sound;
            }
        }

        return length;
    }

    private static char Lower(char c) => Accents.Remove(char.ToLowerInvariant(c));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
