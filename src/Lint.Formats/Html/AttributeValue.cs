namespace Lint.Formats.Html;

/// <summary>Where an attribute's value lies in a tag, from where its name starts: after '=', inside any quotes.</summary>
internal static class AttributeValue
{
    public static (int Start, int End)? Find(string source, int nameStart)
    {
        var i = nameStart;
        while (i < source.Length && !char.IsWhiteSpace(source[i]) && source[i] is not ('=' or '>' or '/'))
        {
            i++;
        }

        i = SkipSpace(source, i);
        if (i >= source.Length || source[i] != '=')
        {
            return null;
        }

        i = SkipSpace(source, i + 1);
        if (i < source.Length && source[i] is '"' or '\'')
        {
            var quote = source[i];
            var close = source.IndexOf(quote, i + 1);
            return close < 0 ? null : (i + 1, close);
        }

        var end = i;
        while (end < source.Length && !char.IsWhiteSpace(source[end]) && source[end] != '>')
        {
            end++;
        }

        return (i, end);
    }

    private static int SkipSpace(string source, int i)
    {
        while (i < source.Length && char.IsWhiteSpace(source[i]))
        {
            i++;
        }

        return i;
    }
}
