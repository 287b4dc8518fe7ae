namespace Lint.Rules.Kinds.Consistency;

/// <summary>One use of a form in a block: which pair and side, where in the block, and how it was written.</summary>
internal readonly record struct BlockUse(int Pair, bool Right, int Start, int Length, string Text);
