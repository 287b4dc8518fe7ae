namespace Lint.Syntax;

/// <summary>Abbreviations whose dot does not end a sentence: titles, company forms, months, and the like.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Rev", "Hon",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl", "Adm", "Gov", "Sen", "Rep", "Pres", "Supt", "Det",
        "Co", "Corp", "Inc", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "vs", "etc", "approx", "est", "Fig", "Ph", "p", "pp",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    };

    /// <summary>Dotted forms (U.S., a.m.) end a sentence only when the next word is a usual sentence opener.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
        "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "Some", "Many", "Most", "After",
        "Before", "When", "While", "If", "As", "However", "Officials", "Meanwhile",
    };

    public static bool IsKnown(ReadOnlySpan<char> word) => Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsSentenceOpener(ReadOnlySpan<char> word) =>
        SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
