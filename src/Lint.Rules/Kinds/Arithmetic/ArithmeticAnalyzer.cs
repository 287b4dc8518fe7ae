using System.Globalization;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Text;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>Finds each check's pattern and flags its figures, from the first to the last, when they do not come to the total.</summary>
public sealed class ArithmeticAnalyzer(RuleDefinition rule, IReadOnlyList<ArithmeticCheck> checks, IReadOnlyDictionary<string, double> scales) : Analyzer(rule.ToDescriptor())
{
    /// <summary>What each paragraph gave, by its text, for an editor's re-lint: the places are from the paragraph's start.</summary>
    private readonly TextMemo<(TextSpan Span, string Message)[]> _blocks = new();

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private void Analyze(BlockContext context)
    {
        var block = context.Block;
        if (!rule.Scope.Includes(block.Kind))
        {
            return;
        }

        // A paragraph's findings depend on its text alone: an unchanged paragraph of a re-lint is looked up.
        var text = context.Document.Text.Content;
        var found = _blocks.OfBlock(text, block, () => Find(text, block));
        foreach (var (span, message) in found)
        {
            context.Report(new TextSpan(block.Span.Start + span.Start, span.Length), message);
        }
    }

    /// <summary>The totals of <paramref name="block"/> that do not add up, with their messages, from the block's start.</summary>
    private (TextSpan Span, string Message)[] Find(string text, Syntax.Block block)
    {
        var findings = new List<(TextSpan Span, string Message)>();
        var figures = DigitRuns(text.AsSpan(block.Span.Start, block.Span.Length));
        foreach (var check in checks)
        {
            if (figures < (check.IsShares ? 2 : 3) && !check.CountsWords)
            {
                continue;
            }

            for (var match = check.Pattern.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                if (check.IsShares)
                {
                    Shares(block, check, match, findings);
                    continue;
                }

                var total = match.Groups["total"];
                if (Figures(block, match) is not (var a, var b, var c)
                    || Figure.Parse(total.Value, scales) is not { } written
                    || check.Fits(a, b, c, written))
                {
                    continue;
                }

                var working = Working(check, match, a, b, c, total.Value);
                // Two checks may read the same figures ("212 shops: 150 in England, ..." is a list of kinds and of places).
                var span = Spanning(match);
                if (!findings.Exists(f => f.Span == span))
                {
                    findings.Add((span, MessageFormat.Format(rule.Message, total.Value, working)));
                }
            }
        }

        return [.. findings.Select(f => (new TextSpan(f.Span.Start - block.Span.Start, f.Span.Length), f.Message))];
    }

    /// <summary>
    /// From the first figure a check read to the last, the total among them: the figures disagree with each other, so the
    /// finding covers them all ("9,412 runners who started, 9,108 finished and 314").
    /// </summary>
    private static TextSpan Spanning(System.Text.RegularExpressions.Match match)
    {
        var groups = new[] { match.Groups["total"], match.Groups["a"], match.Groups["b"], match.Groups["c"] }.Where(g => g.Success).ToArray();
        return TextSpan.FromBounds(groups.Min(g => g.Index), groups.Max(g => g.Index + g.Length));
    }

    /// <summary>How the figures come out: "4,212 minus 3,980 is 232", "from $1.21 billion to $1.42 billion is a change of 17.4 percent".</summary>
    private string Working(ArithmeticCheck check, System.Text.RegularExpressions.Match match, Figure a, Figure b, Figure? c, string total)
    {
        var (first, second) = (match.Groups["a"].Value, match.Groups["b"].Value);
        var percent = check.Expected(a, b).ToString("#,0.#", CultureInfo.InvariantCulture);
        return check.Op switch
        {
            ArithmeticOp.Change => $"from {second} to {first} is a change of {percent} percent",
            ArithmeticOp.Percent => $"{first} of {second} is {percent} percent",
            ArithmeticOp.Product => $"{second} times {first} is {Show(check.Expected(a, b), total)}",
            ArithmeticOp.Difference when a.Value < b.Value => $"{second} minus {first} is {Show(check.Expected(a, b), total)}",
            ArithmeticOp.Difference => $"{first} minus {second} is {Show(check.Expected(a, b), total)}",
            _ => $"{Sum(match)} is {Show(check.Expected(a, b, c), total)}",
        };
    }

    /// <summary>The figures of a sum in the order the story gives them, "a" read aloud as "one": "six plus three plus one".</summary>
    private static string Sum(System.Text.RegularExpressions.Match match) =>
        string.Join(" plus ", new[] { match.Groups["a"], match.Groups["b"], match.Groups["c"] }
            .Where(g => g.Success)
            .OrderBy(g => g.Index)
            .Select(g => Figure.IsArticle(g.Value) ? "one" : g.Value));

    /// <summary>Flags shares of one whole that come to more than 100 percent, over the words that give them.</summary>
    private void Shares(Syntax.Block block, ArithmeticCheck check, System.Text.RegularExpressions.Match match, List<(TextSpan Span, string Message)> findings)
    {
        if (Figures(block, match) is not (var a, var b, var c) || check.FitsInWhole(a, b, c))
        {
            return;
        }

        var shares = c is null
            ? $"{match.Groups["a"].Value} and {match.Groups["b"].Value} percent"
            : $"{match.Groups["a"].Value}, {match.Groups["b"].Value} and {match.Groups["c"].Value} percent";
        var working = $"they come to {check.Expected(a, b, c).ToString("#,0.##", CultureInfo.InvariantCulture)} percent, more than the whole";
        findings.Add((new TextSpan(match.Index, match.Length), MessageFormat.Format(rule.Message, shares, working)));
    }

    /// <summary>The figures a match gives (<c>a</c>, <c>b</c> and, when the pattern has it, <c>c</c>); null when the match touches text that is not prose or a figure cannot be read.</summary>
    private (Figure A, Figure B, Figure? C)? Figures(Syntax.Block block, System.Text.RegularExpressions.Match match) =>
        block.TouchesExcluded(new TextSpan(match.Index, match.Length))
            || Figure.Parse(match.Groups["a"].Value, scales) is not { } a
            || Figure.Parse(match.Groups["b"].Value, scales) is not { } b
            || Third(match) is var (c, cFailed) && cFailed
            ? null
            : (a, b, c);

    /// <summary>The third figure of a sum, when the pattern has one; failed when it is there and cannot be read.</summary>
    private (Figure? Value, bool Failed) Third(System.Text.RegularExpressions.Match match)
    {
        var c = match.Groups["c"];
        if (!c.Success)
        {
            return (null, false);
        }

        return Figure.Parse(c.Value, scales) is { } value ? (value, false) : (null, true);
    }

    /// <summary>
    /// How many runs of digits the text holds, counted up to three: a check needs two figures and a total (shares
    /// need two figures), all in digits, unless it counts words.
    /// </summary>
    private static int DigitRuns(ReadOnlySpan<char> text)
    {
        var runs = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c);
            if (digit && !inRun && ++runs == 3)
            {
                return runs;
            }

            inRun = digit;
        }

        return runs;
    }

    // The computed total written the way the total was: "232", "$520", "$2.5 billion".
    private string Show(double value, string written)
    {
        var first = written.IndexOfAny(['$', '€', '£', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        if (first < 0)
        {
            // A total spelled out ("fourteen"): the computed one in figures.
            return value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        var last = written.LastIndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        var prefix = written[first] is '$' or '€' or '£' ? written[first].ToString() : string.Empty;
        var suffix = written[(last + 1)..];
        var scale = scales.TryGetValue(suffix.Trim(), out var s) ? s : 1;
        return prefix + (value / scale).ToString("#,0.##", CultureInfo.InvariantCulture) + suffix;
    }
}
