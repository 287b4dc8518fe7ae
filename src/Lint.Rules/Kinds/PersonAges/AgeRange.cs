using System.Globalization;

namespace Lint.Rules.Kinds.PersonAges;

/// <summary>The ages, youngest to oldest, that one way of giving a person's age allows: "58" allows 58, "born in 1972" in a story of 2026 allows 53 or 54.</summary>
public readonly record struct AgeRange(int Youngest, int Oldest)
{
    public bool Overlaps(AgeRange other) => Youngest <= other.Oldest && other.Youngest <= Oldest;

    /// <summary>The ages both allow; call only when they overlap.</summary>
    public AgeRange Intersect(AgeRange other) => new(Math.Max(Youngest, other.Youngest), Math.Min(Oldest, other.Oldest));

    public override string ToString() => (Oldest - Youngest) switch
    {
        0 => Show(Youngest),
        1 => $"{Show(Youngest)} or {Show(Oldest)}",
        _ => $"{Show(Youngest)} to {Show(Oldest)}",
    };

    private static string Show(int age) => age.ToString(CultureInfo.InvariantCulture);
}
