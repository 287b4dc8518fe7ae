using System.Text;

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
        var word = name.ToLowerInvariant();
        var key = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = Accents.Remove(word[i]);
            var previous = i > 0 ? Accents.Remove(word[i - 1]) : '\0';
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
            else if (c == 'g' && i + 1 < word.Length && word[i + 1] == 'h' && i > 0)
            {
                i++;    // "light", "Vaughan": a silent gh
                continue;
            }
            else if (c == 'p' && i + 1 < word.Length && word[i + 1] == 'h')
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

            if (key.Length == 0 || key[^1] != sound)
            {
                key.Append(sound);
            }
        }

        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
