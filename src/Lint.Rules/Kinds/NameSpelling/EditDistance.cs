namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>How two spellings of a name differ: by one edit, by two letters trading places, by a doubled letter moved, or only by accents.</summary>
public static class EditDistance
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> read as one name misspelled: <see cref="IsOneEdit"/>, <see cref="IsSwap"/> or <see cref="IsAccentsOnly"/>.</summary>
    public static bool IsNearMiss(string a, string b) => IsOneEdit(a, b) || IsSwap(a, b) || IsAccentsOnly(a, b) || IsDoublingMoved(a, b) || IsLetterMoved(a, b);

    /// <summary>
    /// One letter moved two places in a long name ("Kostopoulos", "Kostopolous"): with that letter taken out of each,
    /// the two spellings are the same. Seven letters at least, where two names this alike are one name misspelled.
    /// </summary>
    public static bool IsLetterMoved(string a, string b)
    {
        const int MinLength = 7;
        if (a.Length != b.Length || a.Length < MinLength || a.Equals(b, StringComparison.Ordinal))
        {
            return false;
        }

        var first = a.AsSpan().CommonPrefixLength(b);

        var last = a.Length - 1;
        while (a[last] == b[last])
        {
            last--;
        }

        return last - first == 2 && ((a[first] == b[last] && IsSameWithout(a, first, b, last)) || (b[first] == a[last] && IsSameWithout(a, last, b, first)));
    }

    /// <summary>
    /// The doubled letter in another place ("Tressider", "Tresidder"; "Phillips", "Philipps"): with one letter of
    /// each doubled pair taken out, the two spellings are the same.
    /// </summary>
    public static bool IsDoublingMoved(string a, string b)
    {
        if (a.Length != b.Length || a.Equals(b, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i + 1 < a.Length; i++)
        {
            if (a[i] != a[i + 1])
            {
                continue;
            }

            for (var j = 0; j + 1 < b.Length; j++)
            {
                if (b[j] == b[j + 1] && IsSameWithout(a, i, b, j))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Two spellings of a hyphenated name that share everything up to the last hyphen and differ in the last part by
    /// at most two letters ("Okonjo-Vale", "Okonjo-Vail"; "Ferreira-Dunne", "Ferreira-Dunn"): a shared first part
    /// this long names one family, so the short last part need not meet the length a single name must.
    /// </summary>
    public static bool IsCompoundNearMiss(string a, string b)
    {
        var hyphenA = a.LastIndexOf('-');
        var hyphenB = b.LastIndexOf('-');
        if (hyphenA < 3 || hyphenA != hyphenB || !a.AsSpan(0, hyphenA).SequenceEqual(b.AsSpan(0, hyphenB)))
        {
            return false;
        }

        var lastA = a[(hyphenA + 1)..];
        var lastB = b[(hyphenB + 1)..];
        return Math.Min(lastA.Length, lastB.Length) >= 3 && !lastA.Equals(lastB, StringComparison.Ordinal) && Distance(lastA, lastB) <= 2;
    }

    /// <summary>Whether <paramref name="a"/> without its letter at <paramref name="skipA"/> reads as <paramref name="b"/> without its letter at <paramref name="skipB"/> (same lengths).</summary>
    private static bool IsSameWithout(string a, int skipA, string b, int skipB)
    {
        for (int i = 0, j = 0; i < a.Length && j < b.Length; i++, j++)
        {
            if (i == skipA)
            {
                i++;
            }

            if (j == skipB)
            {
                j++;
            }

            if (i < a.Length && j < b.Length && a[i] != b[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two spellings of one sound ("Norvale", "Norvail"; "Whitacre", "Whitaker"; "Meenakshi", "Minakshi"): the same
    /// <see cref="SoundKey"/> of three sounds at least, six letters each at least, and at most two letters apart (three
    /// when both have eight letters or more): "Tipene" and "Tūpuna", three vowels apart in six letters, are two words.
    /// </summary>
    public static bool IsSoundAlike(string a, string b)
    {
        const int MinLength = 6;
        const int LongName = 8;
        return a.Length >= MinLength && b.Length >= MinLength && SoundKey.Same(a, b, 3)
            && Distance(a, b) <= (Math.Min(a.Length, b.Length) >= LongName ? 3 : 2);
    }

    /// <summary>Levenshtein distance, for the short last parts of names.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Exactly one edit: a letter added, dropped, changed, or two neighbours swapped.</summary>
    public static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.SequenceEqual(b))
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        var restA = a[prefix..];
        var restB = b[prefix..];
        if (restA.Length == restB.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }

    /// <summary>Two letters that are not neighbours trade places ("Halvorsen", "Halverson"); the rest is the same.</summary>
    public static bool IsSwap(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        var second = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
            else if (second < 0)
            {
                second = i;
            }
            else
            {
                return false;
            }
        }

        return second > first + 1 && a[first] == b[second] && a[second] == b[first];
    }

    /// <summary>The same letters, written once with accents and once without ("Ibáñez", "Ibanez"; "Zoë", "Zoe").</summary>
    public static bool IsAccentsOnly(string a, string b) =>
        !a.Equals(b, StringComparison.Ordinal) && Accents.Remove(a).Equals(Accents.Remove(b), StringComparison.Ordinal);
}
