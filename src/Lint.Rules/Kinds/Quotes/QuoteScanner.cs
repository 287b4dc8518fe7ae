using Lint.Syntax.Quotations;
using Lint.Text;

namespace Lint.Rules.Kinds.Quotes;

/// <summary>
/// Reads the double quote marks of one paragraph in order and pairs them up, the way a copy editor
/// counts them: a quote opened inside an open quote of the same style, a closer with no opener, a
/// closer of another style, and a quote still open at the end of the paragraph are problems. The last
/// is fine when the next paragraph opens with a quote mark, since a quote that runs on leaves its
/// paragraph open, unless a speech tag (", she said.") shows the quote ended there. Single quotes count only
/// inside a double quote, where an inner quote must close before the double quote does; apostrophes never count.
/// </summary>
public sealed class QuoteScanner(QuotePairs pairs, SpeechTag? tag = null)
{
    private readonly QuoteMarks _marks = new(pairs);

    /// <param name="isMarkup">Tells which positions are not prose (a quote mark in inline code is not counted).</param>
    /// <param name="cutOff">The paragraph stops mid-sentence (a truncated paragraph, which another rule reports): a quote
    /// still open at its end lost its closing mark with the rest of the text, and is not reported again here.</param>
    public List<QuoteProblem> Scan(string text, TextSpan paragraph, bool continuesInNext, Func<int, bool>? isMarkup = null, bool cutOff = false)
    {
        var problems = new List<QuoteProblem>();
        var open = new List<OpenQuote>();
        var inner = new InnerQuote();
        for (var i = NextMark(text, paragraph.Start, paragraph.End); i >= 0; i = NextMark(text, i + 1, paragraph.End))
        {
            var mark = text[i];
            if (isMarkup?.Invoke(i) == true)
            {
                continue;
            }

            if (!pairs.Marks.Contains(mark))
            {
                inner.Read(text, paragraph, i, open.Count > 0);
                continue;
            }

            OpenQuote? top = open.Count > 0 ? open[^1] : null;
            switch (_marks.RoleOf(text, paragraph, i, top?.Mark))
            {
                case QuoteRole.Open:
                    if (top is { } outer && pairs.SameSystem(outer.Mark, mark))
                    {
                        if (CloseBeforeTag(text, outer, i, problems))
                        {
                            open.RemoveAt(open.Count - 1);
                            inner.Forget();
                        }
                        else
                        {
                            problems.Add(QuoteProblem.Nested(i, mark));
                            open[^1] = outer with { Reported = true };
                        }
                    }

                    open.Add(new OpenQuote(i, mark, false));
                    break;
                case QuoteRole.Close:
                    if (inner.Open >= 0)
                    {
                        problems.Add(QuoteProblem.UnclosedInner(inner.Open, i, text[inner.Open] == '\'' ? '\'' : '’'));
                        inner.Forget();
                    }

                    Close(text, paragraph, i, open, problems);
                    break;
                case QuoteRole.BackwardsClose:
                    problems.Add(QuoteProblem.BackwardsCloser(i, mark, pairs.CloserFor(top!.Value.Mark)));
                    open.RemoveAt(open.Count - 1);
                    break;
                case QuoteRole.BackwardsOpen:
                    var opener = pairs.OpenerFor(mark);
                    problems.Add(QuoteProblem.BackwardsOpener(i, mark, opener));
                    open.Add(new OpenQuote(i, opener, true));
                    break;
            }
        }

        var unclosed = open.Where(q => !q.Reported).ToList();
        if (unclosed.Count == 0 || cutOff)
        {
            return problems;
        }

        if (continuesInNext)
        {
            CloseBeforeTag(text, unclosed[^1], paragraph.End, problems);
        }
        else if (unclosed.Count == 1 && inner.Open < 0 && SingleMarkAtEnd(text, paragraph) is { } single)
        {
            // "I just heard the noise.' : the quote was closed, with a single mark.
            problems.Add(QuoteProblem.ClosedWithSingle(single, text[unclosed[0].Position], text[single], pairs.CloserFor(unclosed[0].Mark)));
        }
        else if (unclosed.Count != 1 || !CloseBeforeTag(text, unclosed[0], paragraph.End, problems))
        {
            // A lone open quote that runs into "..., Ramaswamy said" was meant to close at the comma.
            problems.AddRange(unclosed.Select(q => QuoteProblem.Unclosed(q.Position, text[q.Position], pairs.CloserFor(q.Mark))));
        }

        return problems;
    }

    /// <summary>
    /// True, with a problem added, when the quote opened at <paramref name="quote"/> runs into a speech tag
    /// before <paramref name="end"/>: its closing mark was left out after the tag's comma.
    /// </summary>
    private bool CloseBeforeTag(string text, OpenQuote quote, int end, List<QuoteProblem> problems)
    {
        if (tag?.QuoteEnd(text, quote.Position + 1, end) is not { } close)
        {
            return false;
        }

        problems.Add(QuoteProblem.ClosedBeforeTag(quote.Position, quote.Mark, close.At, close.Replaced, pairs.CloserFor(quote.Mark)));
        return true;
    }

    /// <summary>The position of a single closing mark that ends the paragraph after a sentence's end (".'", "?’"), or null.</summary>
    private static int? SingleMarkAtEnd(string text, TextSpan paragraph)
    {
        var at = paragraph.Start + text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd().Length - 1;
        return at > paragraph.Start && text[at] is '\'' or '’' && text[at - 1] is '.' or '!' or '?' or ',' ? at : null;
    }

    /// <summary>The position of the first quote mark in [from, end), double or single, or -1.</summary>
    private int NextMark(string text, int from, int end)
    {
        var found = text.AsSpan(from, end - from).IndexOfAny(pairs.MarksAndSingles);
        return found < 0 ? -1 : from + found;
    }

    private void Close(string text, TextSpan paragraph, int at, List<OpenQuote> open, List<QuoteProblem> problems)
    {
        var mark = text[at];
        if (open.Count == 0)
        {
            problems.Add(QuoteProblem.Unopened(at, mark, pairs.OpenerFor(mark)));
            return;
        }

        var match = open.FindLastIndex(q => pairs.Closes(q.Mark, mark));
        if (match < 0)
        {
            var top = open[^1];
            var start = at;
            while (start > paragraph.Start && text[start - 1] is ' ' or '\u00A0' or '\u202F')
            {
                start--;
            }

            problems.Add(QuoteProblem.Mixed(TextSpan.FromBounds(start, at + 1), at, text[top.Position], mark, pairs.CloserFor(top.Mark)));
            open.RemoveAt(open.Count - 1);
            return;
        }

        // Quotes opened inside the one this mark closes were never closed themselves.
        for (var k = open.Count - 1; k > match; k--)
        {
            if (!open[k].Reported)
            {
                problems.Add(QuoteProblem.Unclosed(open[k].Position, text[open[k].Position], pairs.CloserFor(open[k].Mark)));
            }
        }

        open.RemoveRange(match, open.Count - match);
    }
}
