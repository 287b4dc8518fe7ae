using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Rules.Kinds.Quotes;

/// <summary>
/// A quote mark that does not pair up: where it is, what is wrong in words an editor uses (to follow
/// "Quote marks do not pair up: "), and a fix when the right mark is certain.
/// </summary>
public sealed record QuoteProblem(TextSpan Mark, string Message, Fix? Fix = null)
{
    public static QuoteProblem Unclosed(int at, char open, char close) => new(
        new TextSpan(at, 1),
        $"{open} opens a quote that is never closed, and the next paragraph does not open with a quote mark to carry it on; add the closing {close} where the quote ends");

    /// <summary>A quote left open before its speech tag; the fix closes it after the comma (or replaces the single mark there).</summary>
    public static QuoteProblem ClosedBeforeTag(int open, char mark, int at, int replaced, char close) => new(
        TextSpan.FromBounds(open, at + replaced),
        replaced == 0
            ? $"{mark} opens a quote that is never closed before the words that say who spoke; add the closing {close} after the comma"
            : $"the quote is closed with a single quote mark before the words that say who spoke; close it with {close}",
        new Fix($"Close the quote with '{close}'", [new TextEdit(new TextSpan(at, replaced), close.ToString())]));

    /// <summary>A single quote opened inside a double quote and not closed before the double quote closes.</summary>
    public static QuoteProblem UnclosedInner(int open, int outerClose, char close) => new(
        TextSpan.FromBounds(open, outerClose),
        $"the inner quote opened with a single mark is never closed; add {close} before the closing double quote",
        new Fix($"Insert '{close}'", [new TextEdit(new TextSpan(outerClose, 0), close.ToString())]));

    public static QuoteProblem Unopened(int at, char close, char open) => new(
        new TextSpan(at, 1),
        $"{close} closes a quote that was never opened in this paragraph; add the opening {open} where the quote starts, or delete the stray mark");

    public static QuoteProblem Nested(int at, char open) => new(
        new TextSpan(at, 1),
        $"{open} opens a quote inside a quote that is still open; close the first quote, or use single quotes (‘ ’) for a quote within a quote");

    /// <summary>A closer from another quote style; the fix also takes out a space before it ("conflict. »").</summary>
    public static QuoteProblem Mixed(TextSpan replaced, int at, char open, char close, char right) => new(
        new TextSpan(at, 1),
        $"the quote opened with {open} is closed with {close}, a mark from another quote style; close it with {right}",
        new Fix($"Replace with '{right}'", [new TextEdit(replaced, right.ToString())]));

    /// <summary>A double quote closed with a single mark at the end of its paragraph ("...the noise.'").</summary>
    public static QuoteProblem ClosedWithSingle(int at, char open, char single, char right) => new(
        new TextSpan(at, 1),
        $"the quote opened with {open} is closed with a single mark ({single}); close it with {right}",
        new Fix($"Replace with '{right}'", [new TextEdit(new TextSpan(at, 1), right.ToString())]));

    public static QuoteProblem BackwardsCloser(int at, char mark, char right) => new(
        new TextSpan(at, 1),
        $"{mark} is an opening mark, but here it closes the quote; use {right}",
        new Fix($"Replace with '{right}'", [new TextEdit(new TextSpan(at, 1), right.ToString())]));

    public static QuoteProblem BackwardsOpener(int at, char mark, char right) => new(
        new TextSpan(at, 1),
        $"{mark} is a closing mark, but here it opens a quote; use {right}",
        new Fix($"Replace with '{right}'", [new TextEdit(new TextSpan(at, 1), right.ToString())]));
}
