using Lint.Rules.Kinds.NameSpelling;

namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// What counts as two forms of one term. Forms that differ only in a first capital are the same
/// (sentence starts); a difference in case elsewhere counts only when neither form is all lower case
/// (so "US" and "us", "WHO" and "who" are different words) or when the term has an inner capital
/// (iRay/IRay); dots count only between forms with capitals (U.S./US, not a.m./am); a hyphen or a space
/// against the closed form counts (e-mail/email, time line/timeline), a hyphen against a space does not
/// (well-known/well known is grammar, not spelling) but in a name (Vance-Hadley/Vance Hadley); and a name's accents
/// count (Māori/Maori, José/Jose), a common word's do not (résumé/resume are two words).
/// </summary>
public sealed class VariantForms
{
    private readonly Dictionary<string, string> _vocabulary = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignore = new(StringComparer.OrdinalIgnoreCase);

    public VariantForms(IEnumerable<string> vocabulary, IEnumerable<string> ignore)
    {
        foreach (var term in vocabulary)
        {
            _vocabulary[Key(term)] = term;
        }

        _ignore.UnionWith(ignore);
    }

    /// <summary>The house spelling of a term, if the vocabulary has one.</summary>
    public string? HouseSpelling(string key) => _vocabulary.GetValueOrDefault(key);

    /// <summary>True when the vocabulary has a spelling for this key.</summary>
    public bool HasHouseSpelling(ReadOnlySpan<char> key) => _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);

    public bool IsIgnored(ReadOnlySpan<char> word) => _ignore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static string Key(string form)
    {
        Span<char> key = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        return new string(key[..KeyInto(form, key)]);
    }

    /// <summary>Writes the key of <paramref name="form"/> (as long as the form at most) into <paramref name="key"/>; gives its length.</summary>
    public static int KeyInto(ReadOnlySpan<char> form, Span<char> key)
    {
        var length = 0;
        var name = !form.IsEmpty && char.IsUpper(form[0]);
        foreach (var c in form)
        {
            if (c is not ('.' or '-' or '‑' or ' '))
            {
                key[length++] = char.ToLowerInvariant(name ? Accents.Remove(c) : c);
            }
        }

        return length;
    }

    public static bool AreVariants(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        if (DifferInAccentsOnly(a, b))
        {
            return true;
        }

        var (lowerA, lowerB) = (LowerFirst(a), LowerFirst(b));
        if (lowerA == lowerB)
        {
            return HasInnerCapital(a) || HasInnerCapital(b);
        }

        var (bareA, bareB) = (Bare(a), Bare(b));
        if (bareA == bareB || LowerFirst(bareA) == LowerFirst(bareB))
        {
            var spaced = a.Contains(' ') || b.Contains(' ');
            var hyphened = a.Contains('-') || b.Contains('-');
            var closedForm = IsClosed(a) || IsClosed(b);
            if (spaced && hyphened && !closedForm && !(IsNameOfParts(a) && IsNameOfParts(b)))
            {
                return false;
            }

            var onlyDots = Strip(a, '.') == Strip(b, '.');
            return !onlyDots || (HasCapital(a) && HasCapital(b));
        }

        return string.Equals(bareA, bareB, StringComparison.OrdinalIgnoreCase) && !IsAllLower(a) && !IsAllLower(b);
    }

    /// <summary>"Vance-Hadley", "Zia ur Rehman": a name whose first and last parts are capitalized.</summary>
    private static bool IsNameOfParts(string form)
    {
        var last = form.LastIndexOfAny([' ', '-']);
        return char.IsUpper(form[0]) && last > 0 && last + 1 < form.Length && char.IsUpper(form[last + 1]);
    }

    /// <summary>"Māori" and "Maori", "José" and "Jose": one name with and without its accents.</summary>
    public static bool DifferInAccentsOnly(string a, string b) =>
        a != b && a.Length > 0 && b.Length > 0 && char.IsUpper(a[0]) && char.IsUpper(b[0]) && Accents.Remove(a) == Accents.Remove(b);

    private static bool IsClosed(string form) => !form.Contains(' ') && !form.Contains('-');

    private static string Bare(string form) => Strip(Strip(Strip(form, '.'), '-'), ' ');

    private static string Strip(string form, char c) => form.Replace(c.ToString(), string.Empty, StringComparison.Ordinal);

    private static string LowerFirst(string form) => form.Length == 0 ? form : char.ToLowerInvariant(form[0]) + form[1..];

    private static bool HasInnerCapital(string form) => form.Skip(1).Any(char.IsUpper) && form.Any(char.IsLower);

    private static bool HasCapital(string form) => form.Any(char.IsUpper);

    private static bool IsAllLower(string form) => !form.Any(char.IsUpper);
}
