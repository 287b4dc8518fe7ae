using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>
/// One token of a sequence rule: its <see cref="TokenTest"/>, and how it sits in the sequence.
/// </summary>
/// <param name="Test">What the token must be.</param>
/// <param name="Negate">The token must fail the test; at either end of the sequence "no token" (the
/// sentence or the clause ends there) counts as failing it.</param>
/// <param name="Skip">Up to this many tokens may come between this token and the next (Vale's <c>skip</c>).</param>
/// <param name="Gap">What each skipped token must be, when the rule says.</param>
/// <param name="GapBefore">What may separate each skipped token from the one before it (as <paramref name="Before"/>).</param>
/// <param name="Before">What may separate this token from the one before it (a regex on the punctuation,
/// spaces trimmed); without it only spaces and apostrophes may, so a sequence stays inside a clause.</param>
/// <param name="Report">The finding covers this token (by default the finding covers the whole match).</param>
/// <param name="Swap">The replacement for this token, offered as the fix.</param>
public sealed record SequenceStep(
    TokenTest Test,
    bool Negate,
    int Skip,
    TokenTest? Gap,
    Regex? GapBefore,
    Regex? Before,
    bool Report,
    string? Swap);
