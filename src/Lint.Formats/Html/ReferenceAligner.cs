namespace Lint.Formats.Html;

/// <summary>
/// Lines up text as the HTML tokenizer decoded it with the source it came from, character by character:
/// a character reference ("&amp;amp;", "&amp;#8217;", "&amp;nbsp") stands for the whole reference, a
/// CRLF for the one line feed it became, anything else for itself.
/// </summary>
internal static class ReferenceAligner
{
    /// <summary>Calls <paramref name="emit"/> with each decoded character and its source range.</summary>
    public static void Align(string source, int start, int end, string decoded, Action<char, int, int> emit)
    {
        var p = start;
        var i = 0;
        while (i < decoded.Length)
        {
            var d = decoded[i];
            if (p >= end)
            {
                emit(d, end, end);
                i++;
                continue;
            }

            var c = source[p];
            if (c == '&' && Reference(source, p, end, decoded, i) is { } referenceEnd)
            {
                var width = char.IsHighSurrogate(d) && i + 1 < decoded.Length ? 2 : 1;
                emit(d, p, referenceEnd);
                for (var k = 1; k < width; k++)
                {
                    emit(decoded[i + k], referenceEnd, referenceEnd);
                }

                i += width;
                p = referenceEnd;
            }
            else if (c == '\r' && d == '\n')
            {
                var next = p + 1 < end && source[p + 1] == '\n' ? p + 2 : p + 1;
                emit(d, p, next);
                i++;
                p = next;
            }
            else
            {
                emit(d, p, p + 1);
                i++;
                p++;
            }
        }
    }

    /// <summary>Where the character reference at <paramref name="p"/> ends, or null when the '&amp;' is a literal one.</summary>
    private static int? Reference(string source, int p, int end, string decoded, int i)
    {
        var q = p + 1;
        if (q < end && source[q] == '#')
        {
            q++;
            var hex = q < end && source[q] is 'x' or 'X';
            q += hex ? 1 : 0;
            var digits = q;
            while (q < end && (hex ? char.IsAsciiHexDigit(source[q]) : char.IsAsciiDigit(source[q])))
            {
                q++;
            }

            return q == digits ? null : q < end && source[q] == ';' ? q + 1 : q;
        }

        while (q < end && char.IsAsciiLetterOrDigit(source[q]))
        {
            q++;
        }

        if (q == p + 1)
        {
            return null;
        }

        var name = source.AsSpan(p + 1, q - p - 1);
        var isAmp = name.StartsWith("amp", StringComparison.OrdinalIgnoreCase);
        if (q < end && source[q] == ';')
        {
            if (decoded[i] == '&')
            {
                return name.Equals("amp", StringComparison.OrdinalIgnoreCase) ? q + 1 : null;
            }

            // A whole name ("&notin;"), unless the page decoded only a legacy start of it and left the rest
            // as text ("&notit;" is "¬it;").
            var start = LegacyReferences.LongestAt(name);
            var next = i + (char.IsHighSurrogate(decoded[i]) ? 2 : 1);
            var rest = source.AsSpan(p + 1 + start, q + 1 - (p + 1 + start));
            return start > 0 && start < name.Length && decoded.AsSpan(next).StartsWith(rest, StringComparison.Ordinal) ? p + 1 + start : q + 1;
        }

        if (decoded[i] == '&')
        {
            return isAmp && (i + 1 >= decoded.Length || (p + 4 < end && source[p + 4] == decoded[i + 1])) ? p + 4 : null;
        }

        // A legacy reference without ';' ("&copy2020"): the longest legacy name that starts the letters and digits.
        var legacy = LegacyReferences.LongestAt(name);
        return legacy > 0 ? p + 1 + legacy : q;
    }
}
