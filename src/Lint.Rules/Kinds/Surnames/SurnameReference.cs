using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Surnames;

/// <summary>
/// A pattern of a surname used alone. <paramref name="KnownPerson"/>: the name counts only when the lexicon knows
/// it as a person's ("people"). <paramref name="Early"/>: the place could hold a firm as well ("Kettering said"),
/// so the name is flagged only when the story gives a person's full name with it further down ("early").
/// <paramref name="Once"/>: flagged too when the story writes the name nowhere else and it is no ordinary word
/// ("once": "Otieno said" with no Otieno anywhere else is a person never introduced, or a name misspelled).
/// </summary>
public sealed record SurnameReference(Regex Pattern, bool KnownPerson, bool Early, bool Once = false);
