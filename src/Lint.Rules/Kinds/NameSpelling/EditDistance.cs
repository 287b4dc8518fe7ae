namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>Whether two words differ by exactly one edit: a letter added, dropped, changed, or two neighbours swapped.</summary>
public static class EditDistance
{
    public static bool IsOneEdit(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var (restA, restB) = (a[prefix..], b[prefix..]);
        if (restA.Length == restB.Length)
        {
            return restA[1..] == restB[1..]
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..]);
        }

        return restA.Length > restB.Length ? restA[1..] == restB : restB[1..] == restA;
    }
}
