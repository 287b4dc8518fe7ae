using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Bench;

/// <summary>Makes a new story from a seed: body paragraphs shuffled, people renamed, figures changed. Deterministic for a seed.</summary>
public sealed partial class StoryVariation(int seed)
{
    private static readonly string[] People =
    [
        "Joe Biden", "Xi Jinping", "Liu Pengyu", "Antony Blinken", "Janet Yellen", "Olaf Scholz", "Dennis Wilder",
    ];

    private static readonly string[] Pool =
    [
        "Maria Alvarez", "Chen Wei", "Amara Okafor", "Lars Eriksen", "Priya Natarajan", "Tomasz Nowak", "Hana Sato",
        "Kwame Mensah", "Ines Duarte", "Owen Gallagher", "Leila Haddad", "Mateo Rossi",
    ];

    private readonly Random _random = new(seed);

    public string Vary(string story)
    {
        var lines = story.Split('\n');
        var body = lines.Skip(1).ToArray();
        _random.Shuffle(body);
        var text = string.Join('\n', lines.Take(1).Concat(body));
        foreach (var person in People)
        {
            text = text.Replace(person, Pool[_random.Next(Pool.Length)], StringComparison.Ordinal);
        }

        return Figures().Replace(text, m => Figure(m.Value.Length));
    }

    private string Figure(int digits)
    {
        var builder = new StringBuilder(digits);
        builder.Append((char)('1' + _random.Next(9)));
        for (var i = 1; i < digits; i++)
        {
            builder.Append((char)('0' + _random.Next(10)));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<![\p{L}\d.,])\d{1,4}(?![\d.,]\d)")]
    private static partial Regex Figures();
}
