namespace Lint.Syntax.Quotations;

/// <summary>
/// Which side of the quoted words a mark sits on, judged from its neighbours: an opening mark has space
/// (or a bracket, a dash, the start of the paragraph) before it and a word after it; a closing mark the reverse.
/// </summary>
public enum MarkSide
{
    Unclear,
    Opening,
    Closing,
}
