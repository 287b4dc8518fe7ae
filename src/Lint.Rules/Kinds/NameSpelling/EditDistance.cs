namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>How two spellings of a name differ: by one edit, by two letters trading places, or only by accents.</summary>
public static class EditDistance
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> read as one name misspelled: <see cref="IsOneEdit"/>, <see cref="IsSwap"/> or <see cref="IsAccentsOnly"/>.</summary>
    public static bool IsNearMiss(string a, string b) => IsOneEdit(a, b) || IsSwap(a, b) || IsAccentsOnly(a, b);

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
