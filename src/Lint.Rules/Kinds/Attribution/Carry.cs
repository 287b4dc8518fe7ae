namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// The places, beyond its own sentence, from which a claim may take its attribution (the rule's
/// <c>carry</c> list). A copy editor accepts these; anything else must be attributed in the sentence.
/// </summary>
[Flags]
public enum Carry
{
    None = 0,

    /// <summary><c>quote</c>: a sentence inside a direct quotation attributed in its paragraph, or in the paragraph the quotation continues from.</summary>
    Quote = 1,

    /// <summary><c>intro</c>: an attribution that ends in a colon ("They said:") covers the rest of its paragraph and the list items right after it.</summary>
    Intro = 2,

    /// <summary><c>next</c>: the next sentence of the paragraph opens with attribution and gives a direct quotation.</summary>
    Next = 4,

    /// <summary><c>previous</c>: an earlier sentence of the same paragraph is attributed, so the paragraph is one source's continuing account.</summary>
    Previous = 8,
}
