namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// What a variants rule reads in one block: its words (how each is filed, where in the block, whether it
/// opens a sentence or is a word of a longer capitalized name) and its pairs of words that may be a spaced
/// compound. Places are within the block, so a block that moved is read from here.
/// </summary>
internal sealed record VariantBlock(VariantBlock.Word[] Words, VariantBlock.Pair[] Pairs)
{
    public readonly record struct Word(WrittenForm Form, int Start, int Length, bool Initial, bool InName);

    public readonly record struct Pair(int Start, int Length, bool Initial, bool InName);
}
