using System.Collections.Frozen;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// Takes the accents off Latin letters ("Ibáñez" to "Ibanez", "Zoë" to "Zoe"), from a table, since the
/// linter runs without culture data. Letters of their own (ø, ł, đ, ß) are kept.
/// </summary>
public static class Accents
{
    private static readonly (string Accented, char Plain)[] Table =
    [
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ď", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥ", 'h'),
        ("ìíîïĩīĭį", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľ", 'l'), ("ñńņň", 'n'), ("òóôõöōŏő", 'o'),
        ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťț", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
    ];

    private static readonly FrozenDictionary<char, char> Plain = Table
        .SelectMany(e => e.Accented.SelectMany(c => new[] { (c, e.Plain), (char.ToUpperInvariant(c), char.ToUpperInvariant(e.Plain)) }))
        .DistinctBy(p => p.Item1)
        .ToFrozenDictionary(p => p.Item1, p => p.Item2);

    public static char Remove(char letter) => Plain.GetValueOrDefault(letter, letter);

    public static string Remove(string word) =>
        string.Create(word.Length, word, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = Plain.GetValueOrDefault(source[i], source[i]);
            }
        });
}
