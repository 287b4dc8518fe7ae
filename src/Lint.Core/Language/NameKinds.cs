namespace Lint.Language;

/// <summary>What a proper noun names, as a set (Vietnam is a place and a war).</summary>
[Flags]
public enum NameKinds : ushort
{
    None = 0,
    Person = 1 << 0,
    Place = 1 << 1,
    Organisation = 1 << 2,

    /// <summary>A nationality, people or party and its adjective: French, Mexican, Republican.</summary>
    Nationality = 1 << 3,
    Day = 1 << 4,
    Month = 1 << 5,

    /// <summary>A holiday or other named time: Christmas, Election Day.</summary>
    Holiday = 1 << 6,
    Language = 1 << 7,

    /// <summary>A named event: a war, a revolution.</summary>
    Event = 1 << 8,

    /// <summary>A capitalized word of the dictionaries with no kind known: a given name, a brand.</summary>
    Other = 1 << 9,
}
