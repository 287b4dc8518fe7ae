namespace Lint.Fuzz;

/// <summary>
/// Random edits to a text: characters and tokens that mean something to Markdown, HTML or YAML inserted,
/// ranges deleted, duplicated, repeated many times (to reach deep nesting) or spliced in from another input.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<string> tokens)
{
    private const string Characters = "*_[]()<>!#`>-+=|~&;:\\/\"' \t\r\n0123456789aZ.?{},@%^é東😀\u00a0\u200b\0";

    public string Mutate(string text, IReadOnlyList<string> others)
    {
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            text = Once(text, others);
        }

        return WellFormed(text);
    }

    /// <summary>A half of a surrogate pair cut from its other half becomes U+FFFD, as decoding a file would give.</summary>
    private static string WellFormed(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private string Once(string text, IReadOnlyList<string> others)
    {
        var at = random.Next(text.Length + 1);
        var length = text.Length - at == 0 ? 0 : random.Next(Math.Min(64, text.Length - at) + 1);
        switch (random.Next(7))
        {
            case 0:
                return text.Insert(at, Characters[random.Next(Characters.Length)].ToString());
            case 1:
                return text.Insert(at, tokens[random.Next(tokens.Count)]);
            case 2:
                return text.Remove(at, length);
            case 3:
                return text.Insert(at, text.Substring(at, length));
            case 4:
                var times = random.Next(2) == 0 ? random.Next(2, 20) : random.Next(100, 3000);
                var chunk = length > 0 ? text.Substring(at, Math.Min(length, 8)) : tokens[random.Next(tokens.Count)];
                return text.Insert(at, string.Concat(Enumerable.Repeat(chunk, times)));
            case 5:
                var other = others[random.Next(others.Count)];
                var from = random.Next(other.Length + 1);
                return text.Insert(at, other.Substring(from, random.Next(Math.Min(256, other.Length - from) + 1)));
            default:
                return text[..at];
        }
    }
}
