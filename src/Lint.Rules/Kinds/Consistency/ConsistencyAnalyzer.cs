using System.Text.RegularExpressions;
using Humanizer;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Consistency;

/// <summary>
/// Counts the uses of each form, per story or across the run (the tallies of every story first, then each
/// story's uses of the losing form), and flags the uses of the losing form when the winning one is used at
/// least <paramref name="min"/> times, with a fix to the winner's usual spelling unless <paramref name="fix"/> is false.
/// </summary>
public sealed class ConsistencyAnalyzer(RuleDefinition rule, FormPair[] pairs, MatchOptions options, bool corpus, int min, bool fix, bool leftWinsTies = false)
    : Analyzer(rule.ToDescriptor())
{
    private readonly TextMemo<BlockUse[]> _blocks = new();

    public override void Initialize(AnalysisContext context)
    {
        if (corpus)
        {
            context.RegisterCorpusAction(
                d => FormCounts.Of(Read(d), d.Path),
                FormCounts.Merge,
                c => Report(c.Summary, Read(c.Document), (s, m, f) => c.Report(s, m, f)));
        }
        else
        {
            context.RegisterDocumentAction(c =>
            {
                var story = Read(c.Document);
                Report(FormCounts.Of(story, c.Document.Path), story, (s, m, f) => c.Report(s, m, f));
            });
        }
    }

    /// <summary>
    /// The uses of each form in the story, block by block; what a block without words that are not prose
    /// holds depends on its text alone, so an unchanged block of a re-lint is looked up (see <see cref="TextMemo{T}"/>).
    /// </summary>
    private StoryForms Read(Document document)
    {
        var story = new StoryForms(pairs.Length);
        var text = document.Text.Content;
        foreach (var block in document.Blocks.Where(b => rule.Scope.Includes(document, b)))
        {
            foreach (var (pair, right, start, length, written) in _blocks.OfBlock(text, block, () => Find(text, block)))
            {
                (right ? story.Right : story.Left)[pair].Add(new Occurrence(new TextSpan(block.Span.Start + start, length), written));
            }
        }

        return story;
    }

    /// <summary>The uses of each form in one block, pair by pair and left before right, each in text order (where in the block, not in the story).</summary>
    private BlockUse[] Find(string text, Block block)
    {
        var found = new List<BlockUse>();
        for (var i = 0; i < pairs.Length; i++)
        {
            Add(i, false, pairs[i].Left);
            Add(i, true, pairs[i].Right);
        }

        return found.Count == 0 ? [] : [.. found];

        void Add(int pair, bool right, Regex regex)
        {
            for (var m = regex.Match(text, block.Span.Start, block.Span.Length); m.Success; m = m.NextMatch())
            {
                var span = new TextSpan(m.Index, m.Length);
                if (m.Length > 0 && !options.IsException(m.ValueSpan) && !block.TouchesExcluded(span))
                {
                    found.Add(new BlockUse(pair, right, m.Index - block.Span.Start, m.Length, m.Value));
                }
            }
        }
    }

    private void Report(FormCounts counts, StoryForms story, Action<TextSpan, string, Fix?> report)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            var (left, right) = (counts.Left[i], counts.Right[i]);
            if (left.Count == 0 || right.Count == 0)
            {
                continue;
            }

            var leftWins = left.Count != right.Count ? left.Count > right.Count : leftWinsTies || Compare(left, right) <= 0;
            var (winner, loser, winnerHere) = leftWins ? (left, story.Right[i], story.Left[i]) : (right, story.Left[i], story.Right[i]);
            var (winning, losing) = leftWins ? (pairs[i].Left, pairs[i].Right) : (pairs[i].Right, pairs[i].Left);
            if (winner.Count < min)
            {
                continue;
            }

            var preferred = winner.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            var otherStories = winner.Stories - (winnerHere.Count > 0 ? 1 : 0);
            var where = otherStories > 0 ? $"in {"other story".ToQuantity(otherStories)}" : $"{"time".ToQuantity(winner.Count)} elsewhere in this story";
            foreach (var occurrence in loser)
            {
                // A form may carry the space before it ("12 percent" against "12%"), which the fix needs and the message does not.
                var fitted = Fit(occurrence.Text, preferred, winning, losing);
                var message = MessageFormat.Format(rule.Message, occurrence.Text.Trim(), fitted.Trim(), where);
                report(occurrence.Span, message, fix ? new Fix($"Replace with '{fitted}'", [new TextEdit(occurrence.Span, fitted)]) : null);
            }
        }
    }

    /// <summary>
    /// The winning spelling fitted to one use of the losing one: its number, when both sides have a plural
    /// in "s" ("advisors" -> "advisers" though the story's usual spelling is "adviser"), and its capitals
    /// ("Advisors" at the start of a sentence -> "Advisers").
    /// </summary>
    private static string Fit(string written, string preferred, Regex winning, Regex losing)
    {
        if (written.Length < 2 || preferred.Length < 2 || written != written.Trim() || preferred != preferred.Trim())
        {
            return preferred;
        }

        var form = preferred;
        var writtenPlural = EndsInS(written) && IsWhole(losing, written[..^1]);
        var preferredPlural = EndsInS(preferred) && IsWhole(winning, preferred[..^1]);
        if (writtenPlural && !EndsInS(preferred) && IsWhole(winning, preferred + "s"))
        {
            form = preferred + "s";
        }
        else if (!EndsInS(written) && IsWhole(losing, written + "s") && preferredPlural)
        {
            form = preferred[..^1];
        }

        // Capitals are kept only where they are not what the two forms differ in ("Internet" against "internet").
        var lower = written.ToLowerInvariant();
        if (lower == written || !IsWhole(losing, lower))
        {
            return form;
        }

        return WordShape.CaseLike(written, form);
    }

    private static bool EndsInS(string word) => word[^1] is 's' or 'S';

    private static bool IsWhole(Regex pattern, string text) => pattern.Match(text) is { Success: true } m && m.Index == 0 && m.Length == text.Length;

    /// <summary>Which side was used first: the first story by path, then the lowest offset there.</summary>
    private static int Compare(SideTally a, SideTally b)
    {
        var byPath = string.CompareOrdinal(a.FirstPath, b.FirstPath);
        return byPath != 0 ? byPath : a.FirstStart.CompareTo(b.FirstStart);
    }
}
